import { describe, it, expect } from 'vitest';
import { curlCommand, shellQuote } from '../../../../shared/request/curl-command';

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
