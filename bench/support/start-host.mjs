// Starts a built browser host (`dist/host/index.mjs` under `hostRoot`) with a fresh data
// folder, for benches that drive the UI; resolves with its tokened URL and a stop().
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Spawns the host and waits for the address it prints. */
export function startHost(hostRoot) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-bench-data-'));
  const child = spawn(process.execPath, [path.join(hostRoot, 'dist/host/index.mjs'), '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ROUNDTRIP_PORT: '0', ROUNDTRIP_DATA_DIR: dataDir },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString('utf8');
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) resolve({ url: match[1], stop: () => { child.kill('SIGTERM'); rmSync(dataDir, { recursive: true, force: true }); } });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the browser host exited with ${code}; run npm run build first.\n${output}`)));
  });
}
