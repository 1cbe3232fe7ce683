import { describe, it, expect } from 'vitest';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { toCurl } from '../../../../shared/collections/curl-export';
import { curlCommand, renderCurl, shellQuote, shellQuoteIfNeeded } from '../../../../shared/request/curl-command';

describe('curl-command', () => {
  it('quotes for POSIX shells', () => {
    expect(shellQuote(`it's $HOME`)).toBe(`'it'\\''s $HOME'`);
  });

  it('writes method, URL, headers and body exactly', () => {
    const command = curlCommand({
      method: 'POST',
      url: 'http://127.0.0.1:8000/items?q=a%20b',
      headers: [
        { name: 'Content-Type', value: 'application/json' },
        { name: 'Authorization', value: 'Bearer s3cret-token' },
      ],
      body: { mediaType: 'application/json', text: `{"name":"O'Brien"}` },
    });
    expect(command).toBe(
      [`curl -X POST 'http://127.0.0.1:8000/items?q=a%20b'`, `-H 'Content-Type: application/json'`, `-H 'Authorization: Bearer s3cret-token'`, `--data-binary '{"name":"O'\\''Brien"}'`].join(' \\\n  '),
    );
  });

  it('redacts secret values wherever they appear, and credential headers on request', () => {
    const request = {
      method: 'GET' as const,
      url: 'http://h/x?api_key=k-123456',
      headers: [
        { name: 'Authorization', value: 'Bearer tok-999' },
        { name: 'X-Trace', value: 'k-123456' },
      ],
    };
    expect(curlCommand(request, { secrets: ['k-123456', 'tok-999'] })).toBe(
      [`curl -X GET 'http://h/x?api_key=<redacted>'`, `-H 'Authorization: Bearer <redacted>'`, `-H 'X-Trace: <redacted>'`].join(' \\\n  '),
    );
    expect(curlCommand(request, { redactCredentialHeaders: true })).toContain(`-H 'Authorization: <redacted>'`);
  });

  it('redacts by the credential policy: typed URL tokens, declared names, and never an Idempotency-Key', () => {
    const command = curlCommand(
      {
        method: 'POST',
        url: 'http://h/x?access_token=typed-1&partner_code=pc-22&page=2',
        headers: [
          { name: 'X-Partner-Pass', value: 'pp-333' },
          { name: 'Idempotency-Key', value: 'key-4444' },
        ],
        credentialNames: { headers: ['X-Partner-Pass'], query: ['partner_code'] },
      },
      { redactCredentialHeaders: true },
    );
    expect(command).toBe([`curl -X POST 'http://h/x?access_token=<redacted>&partner_code=<redacted>&page=2'`, `-H 'X-Partner-Pass: <redacted>'`, `-H 'Idempotency-Key: key-4444'`].join(' \\\n  '));
  });

  it('leaves Digest and SigV4 to curl (--digest, --aws-sigv4 with -u), the secret part redacted', () => {
    const request = { method: 'GET' as const, url: 'http://127.0.0.1:1/x', headers: [] };
    expect(curlCommand({ ...request, signing: { kind: 'digest', username: 'ann', password: 'pw-1' } }, { secrets: ['pw-1'] })).toBe(`curl -X GET 'http://127.0.0.1:1/x' \\\n  -u 'ann:<redacted>' \\\n  --digest`);
    const aws = curlCommand({ ...request, signing: { kind: 'aws-sigv4', accessKey: 'AKID', secretKey: 'sk-1', sessionToken: 'st-1', region: 'eu-west-1', service: 's3' } });
    expect(aws).toContain(`-H 'X-Amz-Security-Token: st-1'`);
    expect(aws).toContain(`-u 'AKID:sk-1' \\\n  --aws-sigv4 'aws:amz:eu-west-1:s3'`);
  });

  it('writes multipart parts with -F and leaves the boundary to curl', () => {
    const command = curlCommand({
      method: 'POST',
      url: 'http://h/upload',
      headers: [{ name: 'Content-Type', value: 'multipart/form-data' }],
      body: { mediaType: 'multipart/form-data', text: '', parts: [{ name: 'caption', value: '@home' }, { name: 'file', fileId: 'u1', filename: 'notes.txt', mediaType: 'text/plain' }] },
    });
    expect(command).toBe([`curl -X POST 'http://h/upload'`, `--form-string 'caption=@home'`, `-F 'file=@notes.txt;type=text/plain'`].join(' \\\n  '));
  });
});

describe('curl-command, run for real', () => {
  it('makes curl send what Roundtrip sends: method, URL, headers and body', async () => {
    const { createServer } = await import('node:http');
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { sendRequest } = await import('../../../../electron/services/http/send-request');
    const received: { method?: string; url?: string; headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ method: req.method, url: req.url, headers: req.headers, body });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const request = {
        method: 'PATCH' as const,
        url: `http://127.0.0.1:${port}/items/a%20b;v=1?q=it's&tag=a&tag=b`,
        headers: [
          { name: 'Content-Type', value: 'application/json' },
          { name: 'X-Quote', value: `"double" and 'single' $HOME` },
          { name: 'Cookie', value: 'session=abc; theme=dark' },
        ],
        body: { mediaType: 'application/json', text: `{"name": "O'Brien", "cmd": "$(id) \`id\`"}` },
      };
      await sendRequest(request);
      // Asynchronously: the server answering curl runs in this same process.
      await promisify(execFile)('/bin/sh', ['-c', `${curlCommand(request)} -s -o /dev/null --max-time 10`]);
      const [fromRoundtrip, fromCurl] = received;
      const picked = (r: typeof fromRoundtrip) => ({ method: r?.method, url: r?.url, body: r?.body, type: r?.headers['content-type'], quote: r?.headers['x-quote'], cookie: r?.headers.cookie });
      expect(picked(fromCurl)).toEqual(picked(fromRoundtrip));
      expect(fromCurl?.body).toBe(request.body.text);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('renderCurl, the one writer behind both curl exports', () => {
  const parts = { method: 'PUT', explicitMethod: true, url: 'http://h/a b', headers: [{ name: 'X', value: 'y' }], user: 'u:p', body: { kind: 'urlencoded' as const, fields: ['a=1'] }, insecure: true, followRedirects: true };

  it('lays out one option per line with every word quoted, or one line with the URL last', () => {
    expect(renderCurl(parts, 'lines')).toBe([`curl -X PUT 'http://h/a b'`, `-H 'X: y'`, `-u 'u:p'`, `--data-urlencode 'a=1'`, '-k', '-L'].join(' \\\n  '));
    expect(renderCurl(parts, 'one-line')).toBe(`curl -X PUT -H 'X: y' -u u:p --data-urlencode a=1 -k -L 'http://h/a b'`);
    expect(shellQuoteIfNeeded('plain/word')).toBe('plain/word');
  });

  it('is what the collections export writes', () => {
    const saved = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/up', body: { mode: 'form-data', parts: [{ name: 'f', file: '/tmp/a.png', mediaType: 'image/png' }, { name: 'n', value: '@home' }] } });
    expect(toCurl(saved)).toBe(renderCurl({ method: 'POST', explicitMethod: false, url: 'http://h/up', headers: [], body: { kind: 'form', parts: [{ name: 'f', file: '/tmp/a.png', mediaType: 'image/png' }, { name: 'n', value: '@home' }] }, insecure: false, followRedirects: true }, 'one-line'));
    expect(toCurl(saved)).toBe(`curl -F 'f=@/tmp/a.png;type=image/png' --form-string n=@home -L http://h/up`);
  });
});
