/** Runs the built `roundtrip` command (bin/roundtrip.mjs) the way a user or CI does, and collects its outcome. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve('bin/roundtrip.mjs');

export interface CommandOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Resolves with the exit code and output, whatever the exit code. */
export async function runRoundtrip(...args: string[]): Promise<CommandOutcome> {
  return runRoundtripWith({}, ...args);
}

/** The same with variables added to the environment (ROUNDTRIP_DATA_DIR to share the app's data folder). */
export async function runRoundtripWith(env: Readonly<Record<string, string>>, ...args: string[]): Promise<CommandOutcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
