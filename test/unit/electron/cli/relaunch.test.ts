import { describe, expect, it } from 'vitest';
import { RELAUNCHED_MARK, RUN_POOL_FLAG, RUN_SEMI_SPACE_FLAG, relaunchArgs, type LaunchContext } from '../../../../electron/cli/relaunch';

const context = (change: Partial<LaunchContext> = {}): LaunchContext => ({
  command: 'run',
  execArgv: [],
  scriptArgs: ['/opt/roundtrip/bin/roundtrip.mjs', 'run', 'orders', '--iterations', '3'],
  env: {},
  platform: 'linux',
  ...change,
});

describe('relaunchArgs', () => {
  it('starts run again with one V8 helper thread and a capped young generation, keeping Node options and the arguments in order', () => {
    expect(relaunchArgs(context({ execArgv: ['--enable-source-maps'] }))).toEqual(['--enable-source-maps', RUN_POOL_FLAG, RUN_SEMI_SPACE_FLAG, '/opt/roundtrip/bin/roundtrip.mjs', 'run', 'orders', '--iterations', '3']);
    expect(RUN_POOL_FLAG).toBe('--v8-pool-size=1');
    expect(RUN_SEMI_SPACE_FLAG).toBe('--max-semi-space-size=8');
  });

  it('keeps a young generation size the user chose, in Node options or NODE_OPTIONS', () => {
    expect(relaunchArgs(context({ execArgv: ['--max-semi-space-size=64'] }))).toEqual(['--max-semi-space-size=64', RUN_POOL_FLAG, '/opt/roundtrip/bin/roundtrip.mjs', 'run', 'orders', '--iterations', '3']);
    expect(relaunchArgs(context({ env: { NODE_OPTIONS: '--max_semi_space_size=32' } }))).toEqual([RUN_POOL_FLAG, '/opt/roundtrip/bin/roundtrip.mjs', 'run', 'orders', '--iterations', '3']);
  });

  it('leaves every other command in this process', () => {
    for (const command of ['inspect', 'verify', 'import', 'export', 'sync', '--help', undefined]) expect(relaunchArgs(context({ command }))).toBeUndefined();
  });

  it('goes on in this process when a pool size is already chosen, so it never starts itself twice', () => {
    expect(relaunchArgs(context({ execArgv: [RUN_POOL_FLAG] }))).toBeUndefined();
    expect(relaunchArgs(context({ execArgv: ['--v8-pool-size=3'] }))).toBeUndefined();
    expect(relaunchArgs(context({ env: { NODE_OPTIONS: '--max-old-space-size=4096 --v8-pool-size=2' } }))).toBeUndefined();
  });

  it('reads a pool size given with underscores, as Node does', () => {
    expect(relaunchArgs(context({ env: { NODE_OPTIONS: '--v8_pool_size=2' } }))).toBeUndefined();
  });

  it('stays in the process a debugger attaches to', () => {
    expect(relaunchArgs(context({ execArgv: ['--inspect-brk=9229'] }))).toBeUndefined();
    expect(relaunchArgs(context({ env: { NODE_OPTIONS: '--inspect' } }))).toBeUndefined();
  });

  it('never starts a third process from the one it started', () => {
    expect(relaunchArgs(context({ env: { [RELAUNCHED_MARK]: '1' } }))).toBeUndefined();
  });

  it('stays in one process on Windows and when asked to', () => {
    expect(relaunchArgs(context({ platform: 'win32' }))).toBeUndefined();
    expect(relaunchArgs(context({ env: { ROUNDTRIP_SINGLE_PROCESS: '1' } }))).toBeUndefined();
    expect(relaunchArgs(context({ env: { ROUNDTRIP_SINGLE_PROCESS: '0', NODE_OPTIONS: '--max-old-space-size=4096' } }))).toBeDefined();
  });
});
