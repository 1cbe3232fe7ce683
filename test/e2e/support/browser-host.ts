/** Starts the real browser host (`node dist/host/index.mjs`, what `npm run web` runs) for a test. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BrowserHost {
  readonly url: string;
  /** A fresh data folder (collections, history, settings) for this host only. */
  readonly dataDir: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 20_000;

export interface BrowserHostOptions {
  /** Reuse this data folder (a restart test); it is then left in place on stop(). */
  readonly dataDir?: string;
  /** Command-line arguments after `--no-open` (for example `['--port', '5199']`). */
  readonly args?: readonly string[];
}

/** Spawns the built host on a free port and resolves with the URL it prints. */
export async function startBrowserHost(options: BrowserHostOptions = {}): Promise<BrowserHost> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'roundtrip-data-')));
  const child = spawn(process.execPath, [path.resolve('dist/host/index.mjs'), '--no-open', ...(options.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ROUNDTRIP_PORT: '0', ROUNDTRIP_DATA_DIR: dataDir },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A host that never said it was running would otherwise outlive the test, holding its port and data folder.
      child.kill('SIGKILL');
      reject(new Error(`The browser host did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with ${code} before starting (is dist/ built? run npm run build):\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    async stop() {
      await stopProcess(child);
      if (options.dataDir === undefined) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Ends a child process and waits for it to exit. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
