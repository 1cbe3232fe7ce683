import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** A running signature-checking target (server.py beside this file): Digest under /digest, SigV4 under /aws. */
export interface SignatureTarget {
  /** e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  /** What the target received and checked, in order. */
  log(): Promise<SignatureLogEntry[]>;
  stop(): Promise<void>;
}

export interface SignatureLogEntry {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
  /** Every header as received, [name, value], in order. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
  readonly checked: Record<string, unknown> | null;
  readonly problem: string | null;
}

/** The credentials the target accepts. */
export const SIGNATURE_CREDENTIALS = {
  digest: { username: 'mufasa', password: 'Circle of Life' },
  aws: { accessKey: 'AKIDEXAMPLE', secretKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session-token-example' },
} as const;

// Debian's interpreter: the target needs only the standard library.
const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('server.py', import.meta.url));

/** Starts the target on a port the OS picks and resolves once it listens. */
export async function startSignatureTarget(): Promise<SignatureTarget> {
  const child = spawn(PYTHON, [SCRIPT, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`The signature target exited with code ${code ?? 'null'} before listening: ${stderr}`)));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    log: async () => (await (await fetch(`${baseUrl}/log`)).json()) as SignatureLogEntry[],
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    },
  };
}
