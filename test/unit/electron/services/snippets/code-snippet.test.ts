import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeSnippet } from '../../../../../electron/services/snippets/code-snippet';
import { curlCommand } from '../../../../../shared/request/curl-command';
import { redactForExport } from '../../../../../shared/request/redact-for-export';
import type { RequestDescription } from '../../../../../shared/request/request-model';
import { SNIPPET_LANGUAGES } from '../../../../../shared/request/snippet-languages';

const run = promisify(execFile);

interface Received {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** True when `command` runs here (the languages each machine has differ). */
function available(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

// The python3 first on PATH, or Debian's (python3-requests), whichever has requests.
const PYTHON = ['python3', '/usr/bin/python3'].find((python) => available(python, ['-c', 'import requests']));

const BODY = '{"name":"pen","tags":["a b"],"price":2}';

// Each run starts a process (the JVM compiles the class first): slow on a loaded machine.
const RUN_TIMEOUT_MS = 60_000;

describe('code-snippet', () => {
  let server: Server;
  let base = '';
  let received: Received[] = [];
  let dir = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(201, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Inside the project, so a snippet's `import axios` finds the project's axios.
    await mkdir('.tmp', { recursive: true });
    dir = await mkdtemp(path.resolve('.tmp', 'snippets-'));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  const request = (): RequestDescription => ({
    method: 'POST',
    url: `${base}/items?tag=a%20b&limit=2`,
    headers: [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'X-Trace', value: "t-1 'quoted'" },
    ],
    body: { mediaType: 'application/json', text: BODY },
  });

  /** Runs `file` with `command` and gives what the echo server received from it. */
  async function sent(command: string, args: readonly string[]): Promise<Received> {
    received = [];
    await run(command, args, { cwd: dir, timeout: 60_000 });
    expect(received).toHaveLength(1);
    return received[0] as Received;
  }

  function expectSame(got: Received, exactBody = true): void {
    expect(got.method).toBe('POST');
    expect(got.path).toBe('/items?tag=a%20b&limit=2');
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x-trace']).toBe("t-1 'quoted'");
    if (exactBody) expect(got.body).toBe(BODY);
    else expect(JSON.parse(got.body)).toEqual(JSON.parse(BODY));
  }

  it('writes every language with the method, URL, headers and body', () => {
    for (const language of SNIPPET_LANGUAGES) {
      const { code } = codeSnippet(request(), language.id);
      expect(code, language.label).toContain(`${base}/items?tag=a%20b&limit=2`);
      expect(code, language.label).toMatch(/POST|Post|post/);
      expect(code, language.label).toContain('X-Trace');
      expect(code, language.label).toContain('pen');
    }
  });

  it('JavaScript fetch, run by Node, sends the same request', async () => {
    await writeFile(path.join(dir, 'fetch.mjs'), codeSnippet(request(), 'javascript-fetch').code);
    expectSame(await sent(process.execPath, ['fetch.mjs']));
  }, RUN_TIMEOUT_MS);

  it('Node axios sends the same request', async () => {
    await writeFile(path.join(dir, 'axios.mjs'), codeSnippet(request(), 'node-axios').code);
    expectSame(await sent(process.execPath, ['axios.mjs']));
  }, RUN_TIMEOUT_MS);

  it.runIf(PYTHON !== undefined)('Python requests sends the same request (the JSON as Python writes it)', async () => {
    await writeFile(path.join(dir, 'snippet.py'), codeSnippet(request(), 'python-requests').code);
    // requests' json= writes its own spacing: the same JSON value, not the same bytes.
    expectSame(await sent(PYTHON ?? 'python3', ['snippet.py']), false);
  }, RUN_TIMEOUT_MS);

  it.runIf(available('http', ['--version']))('HTTPie sends the same request, byte for byte', async () => {
    await writeFile(path.join(dir, 'httpie.sh'), codeSnippet(request(), 'httpie').code);
    expectSame(await sent('sh', ['httpie.sh']));
  }, RUN_TIMEOUT_MS);

  it.runIf(available('java', ['-version']))('Java HttpClient, wrapped in a class, sends the same request', async () => {
    const statements = codeSnippet(request(), 'java-httpclient').code;
    await writeFile(path.join(dir, 'Snippet.java'), `import java.net.URI;\nimport java.net.http.*;\n\npublic class Snippet {\n  public static void main(String[] args) throws Exception {\n${statements}\n  }\n}\n`);
    expectSame(await sent('java', ['Snippet.java']));
  }, RUN_TIMEOUT_MS);

  it.runIf(available('curl', ['--version']))('curl sends the same request', async () => {
    await writeFile(path.join(dir, 'curl.sh'), curlCommand(request()));
    expectSame(await sent('sh', ['curl.sh']));
  }, RUN_TIMEOUT_MS);

  it('redacts secrets unless asked not to, and says what signing the code leaves out', () => {
    const secret: RequestDescription = { ...request(), headers: [...request().headers, { name: 'Authorization', value: 'Bearer tok-secret-1' }], url: `${base}/items?api_key=k-secret-2`, signing: { kind: 'digest', username: 'ann', password: 'pw-secret-3' } };
    const redacted = codeSnippet(redactForExport(secret, { secrets: ['pw-secret-3'], redactCredentialHeaders: true }), 'python-requests');
    expect(redacted.code).not.toMatch(/tok-secret-1|k-secret-2/);
    expect(redacted.code).toContain('<redacted>');
    expect(redacted.note).toContain('HTTP Digest as ann');
    expect(codeSnippet(secret, 'python-requests').code).toContain('tok-secret-1');
  });
});
