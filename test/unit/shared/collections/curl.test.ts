import { describe, expect, it } from 'vitest';
import { collectionFromCurl, fromCurl, splitShortFlags } from '../../../../shared/collections/curl-import';
import { toCurl } from '../../../../shared/collections/curl-export';
import { newSavedRequest } from '../../../../shared/collections/collection-tree';
import { shellWords } from '../../../../shared/collections/shell-words';

describe('curl', () => {
  it('reads -X, -H, --data-raw, -u, -k, -L and quoting', () => {
    const outcome = fromCurl(`curl -X PUT 'http://127.0.0.1:8000/items/1' \\\n  -H 'Content-Type: application/json' -H "X-Q: it's" --data-raw '{"name":"pen"}' -u me:pw -k -L`);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.request).toMatchObject({
      method: 'PUT',
      url: 'http://127.0.0.1:8000/items/1',
      headers: [{ name: 'X-Q', value: "it's" }],
      body: { mode: 'raw', mediaType: 'application/json', text: '{"name":"pen"}' },
      auth: { type: 'basic', username: 'me', password: 'pw' },
      settings: { followRedirects: true, allowInvalidCertificate: true },
    });
  });

  it('makes a POST of -d data, joins several -d with &, encodes --data-urlencode', () => {
    const outcome = fromCurl(`curl --url http://h/login -d a=1 --data b=2 --data-urlencode 'c=x y'`);
    expect(outcome.ok && outcome.request).toMatchObject({ method: 'POST', url: 'http://h/login', body: { mode: 'raw', mediaType: 'application/x-www-form-urlencoded', text: 'a=1&b=2&c=x%20y' }, settings: { followRedirects: false } });
  });

  it('reads -F parts (files with a type), -b cookies and a data file', () => {
    const form = fromCurl(`curl http://h/up -F 'file=@/tmp/a.png;type=image/png' -F note=hi -b 'sid=1'`);
    expect(form.ok && form.request).toMatchObject({ method: 'POST', headers: [{ name: 'Cookie', value: 'sid=1' }], body: { mode: 'form-data', parts: [{ name: 'file', file: '/tmp/a.png', mediaType: 'image/png' }, { name: 'note', value: 'hi' }] } });
    const file = fromCurl(`curl http://h/b --data-binary @body.json -H 'content-type: application/json'`);
    expect(file.ok && file.request.body).toEqual({ mode: 'file', file: 'body.json', mediaType: 'application/json' });
  });

  it('reads Chrome "Copy as cURL" $-quoting and warns about unknown options', () => {
    const outcome = fromCurl(`curl 'http://h/x' -H $'X-A: a\\'b' --weird`);
    expect(outcome.ok && outcome.request.headers).toEqual([{ name: 'X-A', value: "a'b" }]);
    expect(outcome.ok && outcome.warnings).toEqual(['The option --weird is not supported; it was left out.']);
  });

  it('says what is wrong with bad input', () => {
    expect(fromCurl('wget http://h')).toMatchObject({ ok: false, message: expect.stringMatching(/^This is not a curl command/) });
    expect(fromCurl("curl 'http://h")).toMatchObject({ ok: false, message: expect.stringMatching(/single quote is not closed/) });
    expect(fromCurl('curl -H "A: b"')).toMatchObject({ ok: false, message: expect.stringMatching(/has no URL/) });
    expect(collectionFromCurl('curl http://a\ncurl -X FETCH http://b', 'c')).toMatchObject({ ok: false, message: expect.stringMatching(/^Command 2: .*FETCH/) });
  });

  it('exports a request to curl that imports back the same', () => {
    const request = newSavedRequest({ name: 'POST /items', method: 'POST', url: 'http://h/items?q=a b', headers: [{ name: 'X-Q', value: "it's" }], body: { mode: 'raw', mediaType: 'application/json', text: '{"a":"b c"}' }, auth: { type: 'basic', username: 'u', password: 'p' }, settings: { followRedirects: true, allowInvalidCertificate: true } });
    const command = toCurl(request);
    expect(command).toBe(`curl -H 'X-Q: it'\\''s' -H 'Content-Type: application/json' -u u:p --data-raw '{"a":"b c"}' -k -L 'http://h/items?q=a b'`);
    const back = fromCurl(command);
    expect(back.ok && back.request).toEqual(request);
    const words = shellWords(command);
    expect(words.ok && words.words[2]).toBe("X-Q: it's");
  });

  it('fills collection variables but never a secret one', () => {
    const request = newSavedRequest({ name: 'x', method: 'GET', url: '{{base}}/me', auth: { type: 'bearer', token: '{{token}}' } });
    expect(toCurl(request, [{ key: 'base', value: 'http://h' }, { key: 'token', secret: true }])).toBe(
      `# Redirects are not followed (no -L): curl would send this request's credentials on to whatever origin a redirect names.\ncurl -H 'Authorization: Bearer {{token}}' http://h/me`,
    );
  });

  it('leaves -L out when a credential rides in a custom header or the query, and keeps it for -u alone', () => {
    const header = newSavedRequest({ name: 'x', method: 'GET', url: 'http://h/me', headers: [{ name: 'X-Shop-Token', value: '{{shop}}' }] });
    expect(toCurl(header).split('\n').at(-1)).toBe(`curl -H 'X-Shop-Token: {{shop}}' http://h/me`);
    const query = newSavedRequest({ name: 'x', method: 'GET', url: 'http://h/moved?access_token={{t}}&page=1' });
    expect(toCurl(query).split('\n').at(-1)).toBe(`curl 'http://h/moved?access_token={{t}}&page=1'`);
    const plain = newSavedRequest({ name: 'x', method: 'GET', url: 'http://h/moved?page=1', headers: [{ name: 'X-Plain', value: 'hello' }], auth: { type: 'basic', username: 'u', password: 'p' } });
    expect(toCurl(plain)).toBe(`curl -H 'X-Plain: hello' -u u:p -L 'http://h/moved?page=1'`);
  });

  it('sends an "auto" Idempotency-Key made at export, and says running it again is a retry', () => {
    const order = newSavedRequest({ name: 'x', method: 'POST', url: 'http://h/orders', body: { mode: 'raw', mediaType: 'application/json', text: '{}' }, idempotencyKey: { policy: 'auto', header: 'idempotency-key' } });
    expect(toCurl(order, [], undefined, () => 'k-1')).toBe(
      `# The idempotency-key was made at export: running this command again is a retry of the same request; a new request needs a new key.\ncurl -H 'Content-Type: application/json' -H 'idempotency-key: k-1' --data-raw '{}' -L http://h/orders`,
    );
  });
});

describe('curl import, combined short flags', () => {
  it('splits -sSL and -sXPUT as curl does', () => {
    expect(splitShortFlags(['-sSL', '-sXPUT', '-kH', 'A: b', '-XPOST', '--data', '-d'])).toEqual(['-s', '-S', '-L', '-s', '-XPUT', '-k', '-H', 'A: b', '-XPOST', '--data', '-d']);
    const outcome = fromCurl(`curl -sSLk -sXPUT http://h/x -sH 'A: b' -sd a=1`);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.warnings).toEqual([]);
    expect(outcome.request).toMatchObject({ method: 'PUT', headers: [{ name: 'A', value: 'b' }], body: { mode: 'raw', text: 'a=1' }, settings: { followRedirects: true, allowInvalidCertificate: true } });
  });
});
