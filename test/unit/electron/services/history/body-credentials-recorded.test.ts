import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHistoryStore } from '../../../../../electron/services/history/history-store';
import { recordedSend } from '../../../../../electron/services/history/recorded-send';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import type { RequestDescription, ResponseSnapshot } from '../../../../../shared/request/request-model';

// An OAuth-style token endpoint: it answers a form's password with tokens, and echoes the form it got.
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ access_token: 'tok-1c7f0042', token_type: 'bearer', refresh_token: 'rt-5a5a5a', received: body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function recorded(request: RequestDescription): Promise<{ text: string; answer: ResponseSnapshot }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'roundtrip-history-'));
  const history = createHistoryStore(dir);
  const answer = await recordedSend(history, request, () => sendRequest(request));
  await history.list();
  const files = readdirSync(path.join(dir, 'history')).filter((name) => name.endsWith('.json'));
  expect(files).toHaveLength(1);
  return { text: readFileSync(path.join(dir, 'history', files[0] ?? ''), 'utf8'), answer };
}

describe('history keeps no credential of a login form or of the tokens it gets', () => {
  it('masks the form password sent and echoed, and the tokens answered; the live answer keeps them', async () => {
    const { text, answer } = await recorded({ method: 'POST', url: `${base}/token`, headers: [], body: { mediaType: 'application/x-www-form-urlencoded', text: 'username=alice&password=wonderland' } });
    expect(text).not.toMatch(/wonderland|tok-1c7f0042|rt-5a5a5a/);
    expect(text).toContain('username=alice&password=[redacted]');
    expect(text).toContain('bearer');
    expect(answer.body.kind === 'text' ? answer.body.text : '').toContain('tok-1c7f0042');
  });
});
