import { describe, it, expect } from 'vitest';
import { buildRequest, isJsonMediaType, paramKey } from '../../../../shared/request/build-request';
import type { OperationModel } from '../../../../shared/model/api-model';
import { operation, param } from '../../../support/operation-fixture';

const base = 'http://127.0.0.1:8000';

function urlOf(op: OperationModel, params: Record<string, string>): string | undefined {
  return buildRequest(op, { baseUrl: base, params }).request?.url;
}

describe('build-request', () => {
  it('keys parameter values by location and name', () => {
    expect(paramKey({ in: 'query', name: 'limit' })).toBe('query:limit');
  });

  it('substitutes path parameters, encoding spaces and slashes', () => {
    const op = operation();
    expect(urlOf(op, { 'path:id': '42' })).toBe('http://127.0.0.1:8000/items/42');
    expect(urlOf(op, { 'path:id': 'a b/c' })).toBe('http://127.0.0.1:8000/items/a%20b%2Fc');
    expect(buildRequest(op, { baseUrl: `${base}/`, params: { 'path:id': '1' } }).request?.url).toBe(`${base}/items/1`);
  });

  it('joins array path values with commas and supports label and matrix styles', () => {
    const arr = { schema: { type: 'array', items: { type: 'integer' } }, schemaType: 'array' };
    expect(urlOf(operation({ parameters: [param({ name: 'id', in: 'path', ...arr })] }), { 'path:id': '1, 2,3' })).toBe(`${base}/items/1,2,3`);
    expect(urlOf(operation({ parameters: [param({ name: 'id', in: 'path', style: 'label' })] }), { 'path:id': '5' })).toBe(`${base}/items/.5`);
    expect(urlOf(operation({ parameters: [param({ name: 'id', in: 'path', style: 'matrix' })] }), { 'path:id': '5' })).toBe(`${base}/items/;id=5`);
  });

  it('builds no request when a path value is missing', () => {
    const { request, problems } = buildRequest(operation(), { baseUrl: base, params: {} });
    expect(request).toBeUndefined();
    expect(problems).toEqual([{ key: 'path:id', message: 'Path parameter "id" is required: fill it in to build the URL.' }]);
  });

  it('builds no request without an absolute http(s) base URL', () => {
    for (const baseUrl of ['/v1', 'ftp://host', 'localhost:8000']) {
      const { request, problems } = buildRequest(operation(), { baseUrl, params: { 'path:id': '1' } });
      expect(request).toBeUndefined();
      expect(problems).toEqual([{ key: 'baseUrl', message: `"${baseUrl}" is not an absolute http(s) URL: pick a server or type a base URL.` }]);
    }
    expect(buildRequest(operation(), { baseUrl: ' ', params: { 'path:id': '1' } }).problems[0]?.message).toBe(
      'There is no base URL: pick a server or type a base URL.',
    );
  });

  it('serializes query parameters row by row', () => {
    const arr = { schema: { type: 'array', items: { type: 'string' } }, schemaType: 'array' };
    const op = operation({
      path: '/search',
      parameters: [
        param({ name: 'q', in: 'query' }),
        param({ name: 'empty', in: 'query' }),
        param({ name: 'tag', in: 'query', ...arr }),
        param({ name: 'ids', in: 'query', explode: false, ...arr }),
        param({ name: 'sp', in: 'query', style: 'spaceDelimited', ...arr }),
        param({ name: 'pp', in: 'query', style: 'pipeDelimited', ...arr }),
        param({ name: 'filter', in: 'query', style: 'deepObject', schema: { type: 'object' }, schemaType: 'object' }),
      ],
    });
    const cases: [Record<string, string>, string][] = [
      [{ 'query:q': 'red shoes/x' }, '?q=red%20shoes%2Fx'],
      [{ 'query:empty': '' }, ''],
      [{ 'query:tag': 'a, b' }, '?tag=a&tag=b'],
      [{ 'query:tag': ' , ' }, ''],
      [{ 'query:ids': '1,2,3' }, '?ids=1,2,3'],
      [{ 'query:sp': 'a,b c' }, '?sp=a%20b%20c'],
      [{ 'query:pp': 'a,b' }, '?pp=a|b'],
      [{ 'query:filter': 'x=1' }, '?filter[x]=1'],
      [{ 'query:q': 'a&b', 'query:ids': 'x' }, '?q=a%26b&ids=x'],
    ];
    for (const [params, suffix] of cases) expect(urlOf(op, params)).toBe(`${base}/search${suffix}`);
  });

  it('serializes objects, allowReserved and content-based parameters', () => {
    const obj = { schema: { type: 'object', properties: { R: { type: 'integer' } } }, schemaType: 'object' };
    const op = operation({
      path: '/paint/{color}',
      parameters: [
        param({ name: 'color', in: 'path', style: 'matrix', explode: true, ...obj }),
        param({ name: 'pt', in: 'query', ...obj }),
        param({ name: 'next', in: 'query', allowReserved: true }),
        param({ name: 'filter', in: 'query', contentMediaType: 'application/json', schema: { type: 'object' }, schemaType: 'object' }),
      ],
    });
    const params = { 'path:color': '{"R":100,"G":200}', 'query:pt': 'x=1,y=2', 'query:next': '/a?b=c', 'query:filter': '{"a": [1]}' };
    const { request, problems } = buildRequest(op, { baseUrl: base, params });
    expect(problems).toEqual([]);
    expect(request?.url).toBe(`${base}/paint/;R=100;G=200?x=1&y=2&next=/a?b=c&filter=%7B%22a%22%3A%20%5B1%5D%7D`);
    const bad = buildRequest(op, { baseUrl: base, params: { ...params, 'query:filter': '{a', 'query:pt': 'nope' } });
    expect(bad.problems.map((p) => p.message)).toEqual([
      'Query parameter "pt" is not an object: type {"key": "value"} or key=value,key=value.',
      'Query parameter "filter" is not valid JSON, which its media type application/json asks for.',
    ]);
  });

  it('sends header parameters as headers and cookies as one Cookie header', () => {
    const op = operation({
      path: '/me',
      parameters: [
        param({ name: 'X-Request-Id', in: 'header' }),
        param({ name: 'session', in: 'cookie' }),
        param({ name: 'theme', in: 'cookie' }),
      ],
    });
    const { request } = buildRequest(op, { baseUrl: base, params: { 'header:X-Request-Id': 'r1', 'cookie:session': 'a b', 'cookie:theme': 'dark' } });
    expect(request?.headers).toEqual([
      { name: 'X-Request-Id', value: 'r1' },
      { name: 'Cookie', value: 'session=a%20b; theme=dark' },
    ]);
  });

  it('refuses a header value with a line break', () => {
    const op = operation({ path: '/me', parameters: [param({ name: 'X-A', in: 'header' })] });
    const { request, problems } = buildRequest(op, { baseUrl: base, params: { 'header:X-A': 'a\r\nX-Evil: 1' } });
    expect(request?.headers).toEqual([]);
    expect(problems[0]?.key).toBe('header:X-A');
  });

  it('reports value problems but still builds the request', () => {
    const op = operation({
      path: '/check',
      parameters: [
        param({ name: 'need', in: 'query', required: true }),
        param({ name: 'n', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10 }, schemaType: 'integer' }),
        param({ name: 'f', in: 'query', schema: { type: 'number' }, schemaType: 'number' }),
        param({ name: 'b', in: 'query', schema: { type: 'boolean' }, schemaType: 'boolean' }),
        param({ name: 'e', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] } }),
        param({ name: 's', in: 'query', schema: { type: 'string', minLength: 2, maxLength: 3, pattern: '^[a-z]+$' } }),
        param({ name: 'bad', in: 'query', schema: { type: 'string', pattern: '([' } }),
        param({ name: 'ref', in: 'query', schema: { $ref: '#/c/Small' }, schemaType: 'integer' }),
        param({ name: 'since', in: 'query', schema: { type: 'string', format: 'date-time' } }),
      ],
    });
    const params = { 'query:n': '11', 'query:f': 'x', 'query:b': 'yes', 'query:e': 'up', 'query:s': 'ABCD', 'query:bad': 'x', 'query:ref': '9', 'query:since': 'tomorrow' };
    const { request, problems } = buildRequest(op, { baseUrl: base, params, defs: { '#/c/Small': { type: 'integer', maximum: 5 } } });
    expect(request?.url).toBe(`${base}/check?n=11&f=x&b=yes&e=up&s=ABCD&bad=x&ref=9&since=tomorrow`);
    expect(problems).toEqual([
      { key: 'query:need', message: 'Query parameter "need" is required.' },
      { key: 'query:n', message: 'Query parameter "n" must be at most 10.' },
      { key: 'query:f', message: 'Query parameter "f" must be a number, not "x".' },
      { key: 'query:b', message: 'Query parameter "b" must be true or false, not "yes".' },
      { key: 'query:e', message: 'Query parameter "e" must be one of asc, desc, not "up".' },
      { key: 'query:s', message: 'Query parameter "s" must be at most 3 characters long.' },
      { key: 'query:s', message: 'Query parameter "s" must match the pattern ^[a-z]+$.' },
      { key: 'query:ref', message: 'Query parameter "ref" must be at most 5.' },
      { key: 'query:since', message: 'Query parameter "since" must be an RFC 3339 date-time, such as 2026-05-01T09:30:00Z.' },
    ]);
  });

  it('sets Content-Type from the body and reports invalid JSON while still building', () => {
    const op = operation({ method: 'POST', path: '/items', parameters: [], requestBody: { required: true, content: [] } });
    const ok = buildRequest(op, { baseUrl: base, params: {}, body: { mediaType: 'application/json', text: '{"a":1}' } });
    expect(ok.problems).toEqual([]);
    expect(ok.request).toEqual({
      method: 'POST',
      url: `${base}/items`,
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      body: { mediaType: 'application/json', text: '{"a":1}' },
    });
    const bad = buildRequest(op, { baseUrl: base, params: {}, body: { mediaType: 'application/merge-patch+json', text: '{a:1}' } });
    expect(bad.request?.body?.text).toBe('{a:1}');
    expect(bad.problems).toEqual([{ key: 'body', message: expect.stringMatching(/^The body is not valid JSON \(.+\)\. Fix it or pick another media type\.$/) }]);
    expect(buildRequest(op, { baseUrl: base, params: {} }).problems).toEqual([{ key: 'body', message: 'The request body is required.' }]);
  });

  it('keeps a Content-Type or Accept header the person set', () => {
    const op = operation({
      method: 'PUT',
      path: '/x',
      parameters: [param({ name: 'content-type', in: 'header' }), param({ name: 'Accept', in: 'header' })],
      requestBody: { required: false, content: [] },
      responses: [{ status: '200', description: 'OK', content: [{ mediaType: 'application/json' }] }],
    });
    const { request } = buildRequest(op, {
      baseUrl: base,
      params: { 'header:content-type': 'text/plain', 'header:Accept': 'text/csv' },
      body: { mediaType: 'application/json', text: 'hi' },
    });
    expect(request?.headers).toEqual([
      { name: 'content-type', value: 'text/plain' },
      { name: 'Accept', value: 'text/csv' },
    ]);
  });

  it('ignores a body when the operation takes none', () => {
    const { request } = buildRequest(operation({ path: '/x', parameters: [] }), { baseUrl: base, params: {}, body: { mediaType: 'text/plain', text: 'x' } });
    expect(request?.body).toBeUndefined();
    expect(request?.headers).toEqual([]);
  });

  it('sets Accept from the first 2xx response that declares content', () => {
    const op = operation({
      path: '/x',
      parameters: [],
      responses: [
        { status: '200', description: 'OK', content: [{ mediaType: 'application/json' }, { mediaType: 'application/xml' }] },
        { status: '404', description: 'Missing', content: [{ mediaType: 'application/problem+json' }] },
      ],
    });
    expect(buildRequest(op, { baseUrl: base, params: {} }).request?.headers).toEqual([{ name: 'Accept', value: 'application/json, application/xml' }]);
  });

  it('recognizes JSON media types', () => {
    expect(['application/json', 'application/json; charset=utf-8', 'application/vnd.api+json'].map(isJsonMediaType)).toEqual([true, true, true]);
    expect(['text/plain', 'application/jsonp', 'multipart/form-data'].map(isJsonMediaType)).toEqual([false, false, false]);
  });
});
