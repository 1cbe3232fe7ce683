/**
 * `npm run web`: runs Roundtrip in the browser. Starts the host, prints the URL with
 * this start's token and opens it in the default browser where one is available.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoLauncher } from '../services/demo-launcher';
import { createDispatch } from '../services/dispatch';
import { createHandlers } from '../services/create-handlers';
import { createEventHub } from '../services/event-hub';
import { resolveDataDir } from '../services/data-dir';
import { readHostOptions } from './host-options';
import { startHost } from './host-server';
import { errorCode } from '../../shared/values/error-code';

const options = readHostOptions(process.argv.slice(2), process.env, {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
if (typeof options === 'number') process.exit(options);
const { port, timeoutMs } = options;

// dist/host/index.mjs -> dist/renderer
const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');
const demo = createDemoLauncher();
const events = createEventHub();
const host = await startHost({ rendererDir, dispatch: createDispatch(createHandlers({ demo, events, dataDir: resolveDataDir(), ...(timeoutMs === undefined ? {} : { defaultTimeoutMs: timeoutMs }) })), events, port }).catch((error: unknown) => {
  const code = errorCode(error);
  const reason = code === 'EADDRINUSE' ? `port ${port} is already in use; pick another with --port N or omit it for a free one` : error instanceof Error ? error.message : String(error);
  console.error(`Roundtrip could not start the browser host: ${reason}.`);
  process.exit(2);
});

console.log(`Roundtrip is running at ${host.url}`);
console.log('Open that address in your browser (the token in it is required). Press Ctrl+C to stop.');
if (options.open) openInBrowser(host.url);

const stop = async (): Promise<void> => {
  await Promise.allSettled([host.close(), demo.stop()]);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined); // No desktop browser: the printed URL is enough.
    child.unref();
  } catch {
    // Same: printing the URL is the fallback.
  }
}
