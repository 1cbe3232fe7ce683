import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportText, readCollectionFolder } from '../../../../../electron/services/collections/export-collection';
import { importCollection } from '../../../../../electron/services/collections/import-collection';
import { writeTree } from '../../../../../electron/services/collections/write-tree';
import { startDemoServer } from '../../../../../electron/services/demo-api/demo-server';
import { sendRequest } from '../../../../../electron/services/http/send-request';
import { flattenRequests } from '../../../../../shared/collections/collection-tree';
import { fromPostman } from '../../../../../shared/collections/postman-import';
import { toPostman } from '../../../../../shared/collections/postman-export';
import { createServer } from 'node:http';
import { closeServer, listen } from '../../../../support/wire-target';
import { toRequestDescription } from '../../../../../shared/collections/to-request';
import type { SavedRequest, Variable } from '../../../../../shared/collections/format-v1';

const run = promisify(execFile);
const NEWMAN = path.resolve('node_modules/newman/bin/newman.js');

interface NewmanReport {
  run: { executions: { item: { name: string }; response?: { code: number } }[]; failures: unknown[] };
}

/** Sends a saved request the way Roundtrip does (its own HTTP service), with variables filled in. */
async function sendSaved(request: SavedRequest, variables: readonly Variable[]): Promise<number> {
  return (await sendRequest(toRequestDescription(request, variables))).status;
}

describe('newman-export', () => {
  it('exports a collection made from the demo spec to Postman v2.1 that newman runs with the same results as Roundtrip', { timeout: 120_000 }, async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'rt-newman-'));
    const forNewman = await startDemoServer();
    const forRoundtrip = await startDemoServer();
    try {
      const imported = await importCollection(forNewman.specUrl);
      await writeTree(path.join(work, 'demo'), imported.tree);
      const tree = await readCollectionFolder(path.join(work, 'demo'));
      const exported = path.join(work, 'demo.postman.json');
      writeFileSync(exported, exportText(tree, 'postman'));
      const reportFile = path.join(work, 'report.json');
      await run(process.execPath, [NEWMAN, 'run', exported, '--env-var', `baseUrl=${forNewman.baseUrl}`, '--reporters', 'json', '--reporter-json-export', reportFile, '--suppress-exit-code'], { timeout: 100_000 });
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as NewmanReport;
      const newmanResults = report.run.executions.map((e) => `${e.item.name}: ${e.response?.code ?? 'no response'}`);

      const variables = tree.collection.variables.map((v) => (v.key === 'baseUrl' ? { ...v, value: forRoundtrip.baseUrl } : v));
      const roundtripResults: string[] = [];
      for (const { request } of flattenRequests(tree.items)) roundtripResults.push(`${request.name}: ${await sendSaved(request, variables)}`);

      expect(report.run.failures).toEqual([]);
      expect(newmanResults.length).toBe(flattenRequests(tree.items).length);
      expect(newmanResults).toEqual(roundtripResults);
      expect(newmanResults).toEqual(expect.arrayContaining(['List items: 200', 'Create an item: 201']));
    } finally {
      await forNewman.close();
      await forRoundtrip.close();
    }
  });

  it('runs an exported OAuth 2.0 auth with its audience in Postman\'s token request parameters, sending the access token', { timeout: 60_000 }, async () => {
    const received: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      received.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const base = `http://127.0.0.1:${await listen(server)}`;
    try {
      const oauth2 = [
        { key: 'grant_type', value: 'client_credentials' },
        { key: 'accessTokenUrl', value: 'https://tenant.auth0.com/oauth/token' },
        { key: 'clientId', value: 'app' },
        { key: 'accessToken', value: 'kept-token' },
        { key: 'tokenRequestParams', value: [{ key: 'audience', value: 'https://api.example.com', enabled: true, send_as: 'request_body' }], type: 'any' },
      ];
      const imported = fromPostman({ info: { name: 'Auth0', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, auth: { type: 'oauth2', oauth2 }, item: [{ name: 'Me', request: { method: 'GET', url: `${base}/me` } }] });
      if (!imported.ok) throw new Error(imported.message);
      expect(imported.tree.collection.auth).toMatchObject({ audience: 'https://api.example.com', accessToken: 'kept-token' });
      const work = mkdtempSync(path.join(tmpdir(), 'rt-newman-oauth-'));
      const exported = path.join(work, 'auth0.postman.json');
      writeFileSync(exported, JSON.stringify(toPostman(imported.tree)));
      const reportFile = path.join(work, 'report.json');
      await run(process.execPath, [NEWMAN, 'run', exported, '--reporters', 'json', '--reporter-json-export', reportFile, '--suppress-exit-code'], { timeout: 50_000 });
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as NewmanReport;
      expect(report.run.failures).toEqual([]);
      expect(received).toEqual(['Bearer kept-token']);
    } finally {
      await closeServer(server);
    }
  });
});
