import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { requestForDisk } from '../../shared/collections/secrets';
import { writeCollection } from '../support/runner-collections';
import { runRoundtrip, runRoundtripWith } from '../support/run-roundtrip';
import type { VerifyReport } from '../../shared/verify/verify-report';
import { SIGNATURE_CREDENTIALS, startSignatureTarget, type SignatureTarget } from '../support/signature-target/signature-target';

const { digest, aws } = SIGNATURE_CREDENTIALS;

let target: SignatureTarget;
beforeAll(async () => {
  target = await startSignatureTarget();
});
afterAll(() => target.stop());

describe('roundtrip run with Digest and AWS Signature V4', () => {
  it('signs each step, takes the secrets from --var, and writes none of them', async () => {
    const body = { mode: 'raw' as const, mediaType: 'application/json', text: '{"name":"{{itemName}}"}' };
    // Saved as the app saves them: the password, secret key and token become {{references}}.
    const requests = [
      requestForDisk(newSavedRequest({ name: 'Digest step', method: 'POST', url: `${target.baseUrl}/digest/run`, body, auth: { type: 'digest', username: digest.username, password: digest.password }, assertions: [{ type: 'status', equals: 200 }, { type: 'json', path: '$.verified.algorithm', op: 'equals', value: 'SHA-256' }] })),
      requestForDisk(
        newSavedRequest({
          name: 'SigV4 step',
          method: 'PUT',
          url: `${target.baseUrl}/aws/run?z=1&a=2`,
          body,
          auth: { type: 'awsv4', accessKey: aws.accessKey, secretKey: aws.secretKey, sessionToken: aws.sessionToken, region: 'us-west-2', service: 'execute-api' },
          assertions: [{ type: 'status', equals: 200 }, { type: 'json', path: '$.verified.sessionToken', op: 'equals', value: true }],
        }),
      ),
    ];
    expect(requests.map((r) => r.needsSecrets)).toEqual([['digestPassword'], ['awsSecretKey', 'awsSessionToken']]);
    const dir = await writeCollection('signed', requests, { variables: [{ key: 'itemName', value: 'lamp' }] });
    const files = await readdir(dir);
    const onDisk = (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n');
    for (const secret of [digest.password, aws.secretKey, aws.sessionToken]) expect(onDisk).not.toContain(secret);

    const result = await runRoundtrip('run', dir, '--var', `digestPassword=${digest.password}`, '--var', `awsSecretKey=${aws.secretKey}`, '--var', `awsSessionToken=${aws.sessionToken}`, '--reporter', 'cli');
    expect(result.stdout).toContain('signed: 2/2 requests passed');
    expect(result.code).toBe(0);
    for (const secret of [digest.password, aws.secretKey, aws.sessionToken]) expect(result.stdout + result.stderr).not.toContain(secret);
    const log = await target.log();
    expect(log.filter((e) => e.checked !== null).map((e) => [e.method, e.path, e.body])).toEqual(
      expect.arrayContaining([
        ['POST', '/digest/run', '{"name":"lamp"}'],
        ['PUT', '/aws/run?z=1&a=2', '{"name":"lamp"}'],
      ]),
    );

    // A wrong secret key fails the step with the server's answer.
    const wrong = await runRoundtrip('run', dir, '--var', `digestPassword=${digest.password}`, '--var', 'awsSecretKey=wrong', '--var', `awsSessionToken=${aws.sessionToken}`, '--reporter', 'cli');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('signed: 1/2 requests passed');
  });
});

describe('roundtrip verify with Digest and AWS Signature V4', () => {
  it('signs every request, and the auth checks send none, a wrong secret and the given one', async () => {
    const spec = {
      openapi: '3.0.3',
      info: { title: 'Signed', version: '1' },
      paths: {
        '/digest/items': { get: { security: [{ digest: [] }], responses: { '200': { description: 'ok' } } } },
        '/aws/items': { get: { security: [{ sigv4: [] }], responses: { '200': { description: 'ok' } } } },
      },
      components: { securitySchemes: { digest: { type: 'http', scheme: 'digest' }, sigv4: { type: 'apiKey', in: 'header', name: 'Authorization' } } },
    };
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'roundtrip-signed-')), 'signed.json');
    await writeFile(file, JSON.stringify(spec));
    const authChecks = (report: VerifyReport, path: string): string[] => report.operations.find((o) => o.path === path)?.checks.filter((c) => c.name.startsWith('auth-')).map((c) => `${c.name} ${c.status}`) ?? [];

    const logged = (await target.log()).length;
    const digestRun = await runRoundtrip('verify', file, '--base-url', target.baseUrl, '--operation', 'GET /digest/items', '--checks', 'auth', '--digest', `${digest.username}:{{pw}}`, '--var', `pw=${digest.password}`, '--reporter', 'json');
    expect(digestRun.stderr).toBe('');
    const digestReport = JSON.parse(digestRun.stdout) as VerifyReport;
    expect(authChecks(digestReport, '/digest/items')).toEqual(['auth-required passed', 'auth-wrong-rejected passed', 'auth-accepted passed']);
    expect(digestRun.stdout).not.toContain(digest.password);
    // The wrong credential is a Digest answer with a wrong response, never a Bearer token.
    const digestLog = (await target.log()).slice(logged).filter((e) => e.path === '/digest/items');
    expect(digestLog.filter((e) => e.authorization !== null && !e.authorization.startsWith('Digest '))).toEqual([]);
    expect(digestLog.filter((e) => e.problem === 'wrong response (password?)').map((e) => e.authorization)).toEqual([expect.stringMatching(/^Digest username="mufasa", realm=/)]);

    // Without --digest, the wrong credential is still one of the scheme: a Digest answer for a user the server does not know.
    const unsigned = (await target.log()).length;
    const wrongOnly = await runRoundtrip('verify', file, '--base-url', target.baseUrl, '--operation', 'GET /digest/items', '--checks', 'auth-wrong-rejected', '--reporter', 'json');
    expect(authChecks(JSON.parse(wrongOnly.stdout) as VerifyReport, '/digest/items')).toEqual(['auth-wrong-rejected passed']);
    const wrongLog = (await target.log()).slice(unsigned).filter((e) => e.path === '/digest/items');
    expect(wrongLog.map((e) => [e.authorization?.split(',')[0] ?? null, e.problem])).toEqual([
      [null, 'no Digest answer'],
      ['Digest username="roundtrip-verify"', 'unknown user'],
    ]);

    const awsRun = await runRoundtripWith({ AWS_ACCESS_KEY_ID: aws.accessKey, AWS_SECRET_ACCESS_KEY: aws.secretKey }, 'verify', file, '--base-url', target.baseUrl, '--operation', 'GET /aws/items', '--checks', 'auth', '--aws-sigv4', 'eu-west-1:execute-api', '--reporter', 'json');
    const awsReport = JSON.parse(awsRun.stdout) as VerifyReport;
    expect(authChecks(awsReport, '/aws/items')).toEqual(['auth-required passed', 'auth-wrong-rejected passed', 'auth-accepted passed']);

    const bad = await runRoundtrip('verify', file, '--base-url', target.baseUrl, '--aws-sigv4', 'eu-west-1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--aws-sigv4 needs REGION:SERVICE');
  });
});

describe('roundtrip verify with a custom http scheme', () => {
  it('sends a wrong credential under the scheme\'s own name, and skips a scheme that needs a handshake, saying why', async () => {
    const received: (string | null)[] = [];
    const server = createServer((req, res) => {
      received.push(req.headers.authorization ?? null);
      const ok = req.headers.authorization === 'X-Company good-one';
      res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json', ...(ok ? {} : { 'WWW-Authenticate': 'X-Company' }) }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const spec = {
        openapi: '3.0.3',
        info: { title: 'Custom', version: '1' },
        paths: {
          '/company': { get: { security: [{ company: [] }], responses: { '200': { description: 'ok' }, '401': { description: 'no' } } } },
          '/scram': { get: { security: [{ scram: [] }], responses: { '200': { description: 'ok' }, '401': { description: 'no' } } } },
        },
        components: { securitySchemes: { company: { type: 'http', scheme: 'X-Company' }, scram: { type: 'http', scheme: 'SCRAM-SHA-256' } } },
      };
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'roundtrip-custom-')), 'custom.json');
      await writeFile(file, JSON.stringify(spec));
      const run = await runRoundtrip('verify', file, '--base-url', baseUrl, '--checks', 'auth', '--header', 'Authorization: X-Company good-one', '--reporter', 'json');
      const report = JSON.parse(run.stdout) as VerifyReport;
      const checks = (p: string) => report.operations.find((o) => o.path === p)?.checks.filter((c) => c.name.startsWith('auth-')) ?? [];
      expect(checks('/company').map((c) => `${c.name} ${c.status}`)).toEqual(['auth-required passed', 'auth-wrong-rejected passed', 'auth-accepted passed']);
      expect(checks('/scram').find((c) => c.name === 'auth-wrong-rejected')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('SCRAM-SHA-256 scheme (RFC 7804)') });
      expect(received).toContain('X-Company roundtrip-verify-wrong-credential');
      expect(received.filter((value) => value?.startsWith('Bearer '))).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
