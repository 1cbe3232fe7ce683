import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../free-port';

/** A running FastAPI test service (test/support/fastapi/app.py). */
export interface FastApiServer {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** `${baseUrl}/openapi.json`, FastAPI's generated OpenAPI 3.0 document. */
  specUrl: string;
  /** Stops uvicorn and resolves once the process has exited. */
  stop(): Promise<void>;
}

// Debian's interpreter, where python3-fastapi is installed; the python3 first on PATH may be another one.
const PYTHON = '/usr/bin/python3';
const APP_DIR = fileURLToPath(new URL('.', import.meta.url));
const START_DEADLINE_MS = 20_000;
const STOP_GRACE_MS = 5_000;
const PORT_ATTEMPTS = 3;

/**
 * Starts a FastAPI service of this folder with uvicorn on a free port and waits until it serves /openapi.json:
 * the books service (app.py) by default, or another module's `app` ("forms_app").
 */
export async function startFastApi(appModule = 'app'): Promise<FastApiServer> {
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
    try {
      return await startOnPort(await freePort(), appModule);
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
      // freePort() only says the port was free a moment ago; another process may have taken it since.
      if (!/address already in use/i.test(lastError.message)) throw lastError;
    }
  }
  throw lastError ?? new Error('Could not start uvicorn.');
}

async function startOnPort(port: number, appModule: string): Promise<FastApiServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' };
  // A PYTHONPATH meant for another interpreter could shadow Debian's packages.
  delete env.PYTHONPATH;
  delete env.PYTHONHOME;
  const args = ['-m', 'uvicorn', `${appModule}:app`, '--app-dir', APP_DIR, '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning', '--no-access-log'];
  const child = spawn(PYTHON, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    // Only the tail matters for a failure report; this also bounds memory for chatty runs.
    stderr = (stderr + chunk).slice(-8_000);
  });
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(`exited with ${signal ?? `code ${String(code)}`}`));
    child.once('error', (error) => resolve(`could not be spawned (${error.message})`));
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const specUrl = `${baseUrl}/openapi.json`;
  const stop = (): Promise<void> => stopProcess(child);
  const outcome = await Promise.race([waitForSpec(specUrl), exited.then((why) => ({ ready: false as const, why }))]);
  if (!outcome.ready) {
    await stop();
    const output = stderr.trim() === '' ? '(uvicorn wrote nothing to stderr)' : stderr.trim();
    throw new Error(`FastAPI test server on port ${port} did not start: uvicorn ${outcome.why}. Its output is below (is python3-fastapi installed for ${PYTHON}?):\n${output}`);
  }
  return { baseUrl, specUrl, stop };
}

async function waitForSpec(specUrl: string): Promise<{ ready: true } | { ready: false; why: string }> {
  const deadline = Date.now() + START_DEADLINE_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(specUrl, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        await response.arrayBuffer();
        return { ready: true };
      }
      lastProblem = `${specUrl} answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ready: false, why: `did not serve ${specUrl} within ${START_DEADLINE_MS / 1000} s (last: ${lastProblem})` };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
