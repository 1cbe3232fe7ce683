import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newCollection } from '../../../../../shared/collections/collection-tree';
import { tlsForSend } from '../../../../../electron/services/tls/collection-send-tls';
import { TlsSettingsStore } from '../../../../../electron/services/tls/tls-settings-store';
import { makePrivatePki, type PrivatePki } from '../../../../support/private-pki';

describe('collection-send-tls', () => {
  let pki: PrivatePki;
  let root: string;
  let store: TlsSettingsStore;
  beforeAll(async () => {
    pki = makePrivatePki();
    root = await mkdtemp(path.join(tmpdir(), 'roundtrip-send-tls-'));
    const dir = path.join(root, 'secure');
    await mkdir(path.join(dir, 'certs'), { recursive: true });
    await copyFile(pki.clientP12, path.join(dir, 'certs', 'client.p12'));
    const tls = { clientCertificates: [{ host: 'api.test', pfx: 'certs/client.p12', passphrase: '{{p12pass}}' }] };
    await writeFile(path.join(dir, 'collection.json'), JSON.stringify(newCollection('Secure', { tls })));
    await mkdir(path.join(root, 'plain'));
    await writeFile(path.join(root, 'plain', 'collection.json'), JSON.stringify(newCollection('Plain')));
    store = new TlsSettingsStore(await mkdtemp(path.join(tmpdir(), 'roundtrip-send-tls-data-')), undefined);
    // The app's own certificate is for another host: the collection's adds to it.
    await store.save({ clientCertificates: [{ host: 'other.test', cert: pki.clientCert, key: pki.clientKey }], caCertificates: [] });
  });

  it("layers a saved request's collection certificates over the app's, passphrase from the variables", async () => {
    const material = await tlsForSend(store, { root, id: 'secure/who.request.json', variables: { p12pass: pki.p12Passphrase } });
    expect([...material.patterns].sort()).toEqual(['api.test', 'other.test']);
    expect(material.forUrl('https://api.test/')?.identity).toContain('api.test');
  });

  it("uses the app's settings alone for a request of no collection, or of one without tls", async () => {
    expect((await tlsForSend(store, undefined)).patterns).toEqual(['other.test']);
    expect((await tlsForSend(store, { root, id: 'plain/x.request.json' })).patterns).toEqual(['other.test']);
  });

  it('says which variable a passphrase needs when the send has none, and refuses paths outside the folder', async () => {
    await expect(tlsForSend(store, { root, id: 'secure/who.request.json', variables: {} })).rejects.toThrow(/has no variable p12pass/);
    await expect(tlsForSend(store, { root, id: '../elsewhere/who.request.json' })).rejects.toThrow();
  });
});
