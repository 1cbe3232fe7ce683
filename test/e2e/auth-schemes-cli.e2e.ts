import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSavedRequest } from '../../shared/collections/collection-tree';
import { requestForDisk } from '../../shared/collections/secrets';
import { writeCollection } from '../support/runner-collections';
import { runRoundtrip } from '../support/run-roundtrip';
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
