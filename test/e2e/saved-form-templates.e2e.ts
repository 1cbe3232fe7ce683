import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFastApi } from '../support/fastapi/fastapi-server';
import { headerValues, receivedBy } from '../support/fastapi/received-requests';
import { runRoundtrip } from '../support/run-roundtrip';
import { CollectionsPanel } from './support/collections-panel';
import type { RoundtripPage } from './support/roundtrip-page';
import { useServedApp } from './support/served-app';

interface SavedFile {
  readonly url: string;
  readonly headers: readonly { name: string; value: string }[];
  readonly body: { mode: string; parts?: readonly Record<string, string>[] };
  readonly auth?: unknown;
}

// An operation form saved to a collection comes back exactly as it was typed: {{variables}} and all.
describe('operation forms saved to a collection and reopened', () => {
  const served = useServedApp(() => startFastApi('saved_forms_app'));
  let app: RoundtripPage;
  let panel: CollectionsPanel;
  let dir: string;
  let cover: string;
  const coverBytes = Buffer.alloc(3000, 7);

  const savedFile = async (name: string): Promise<SavedFile> => JSON.parse(await readFile(path.join(served().session.host.dataDir, 'collections', 'c', `${name}.request.json`), 'utf8')) as SavedFile;
  const formField = (name: string) => app.page.locator(`[data-testid="form-body-field"][data-name="${name}"]`);
  const activeTab = () => app.page.locator('[data-testid="tab"][aria-selected="true"]');
  /** Closes the active tab, then opens saved request `name` from the drawer in a tab of its own. */
  const reopen = async (name: string): Promise<void> => {
    await activeTab().getByTestId('tab-close').click();
    await panel.open();
    await panel.request(name).getByRole('button', { name, exact: true }).click();
    await activeTab().filter({ hasText: name }).waitFor();
    await panel.request(name).getByRole('button', { name, exact: true }).dblclick();
    await app.page.locator('[data-testid="tab"][aria-selected="true"][data-preview="false"]').filter({ hasText: name }).waitFor();
    await panel.close();
  };

  beforeAll(async () => {
    ({ app } = served());
    panel = new CollectionsPanel(app);
    dir = await mkdtemp(path.join(tmpdir(), 'roundtrip-cover-'));
    cover = path.join(dir, 'cover.bin');
    await writeFile(cover, coverBytes);
    await app.waitForValidation();
    await panel.open();
    await panel.newCollection('C');
    await panel.close();
    await app.keepOperation('GET', '/books/{book_id}');
    await app.newEnvironment([
      { name: 'bookId', value: '2' },
      { name: 'trace', value: 't-9' },
      { name: 'sess', value: 's-1' },
      { name: 'apiKey', value: 'k-1' },
      { name: 'shelf', value: 'new/used' },
      { name: 'q', value: 'tom & jerry' },
      { name: 'user', value: 'ann&admin=1' },
      { name: 'where', value: 'a/b?c=d:e@f,g' },
      { name: 'ids', value: '1,2,3' },
      { name: 'crumb', value: 'a b;c' },
      { name: 'none', value: '' },
    ]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps a {{variable}} typed in a path, query, header or cookie parameter, and sends its value after reopening', async () => {
    await app.fillParam('path:book_id', '{{bookId}}');
    await app.fillParam('query:size', '{{bookId}}');
    await app.fillParam('header:x-trace', '{{trace}}');
    await app.fillParam('cookie:session', '{{sess}}');
    await panel.open();
    await panel.saveCurrent('Book by variable', 'C');
    await panel.close();

    const saved = await savedFile('book-by-variable');
    expect(saved.url).toBe('{{baseUrl}}/books/{{bookId}}?size={{bookId}}');
    expect(saved.headers).toEqual(expect.arrayContaining([{ name: 'x-trace', value: '{{trace}}' }, { name: 'Cookie', value: 'session={{sess}}' }]));

    await reopen('Book by variable');
    expect(await app.param('path:book_id').inputValue()).toBe('{{bookId}}');
    expect(await app.param('query:size').inputValue()).toBe('{{bookId}}');
    await app.send();
    expect(await app.responseJson()).toEqual({ book_id: 2, size: 2, trace: 't-9', session: 's-1' });
    const [sent] = (await receivedBy(served().server.baseUrl, '/books/2')).slice(-1);
    expect(sent?.query).toBe('size=2');
  });

  it('brings back a multipart request’s text part, asks for its file by name, and sends both once it is picked', async () => {
    await app.keepOperation('POST', '/books/{book_id}/cover');
    await app.fillParam('path:book_id', '1');
    await app.apiKeyField('APIKeyHeader').fill('{{apiKey}}');
    await formField('file').getByTestId('body-file-input').setInputFiles(cover);
    await formField('file').getByTestId('body-file-picked').waitFor();
    await formField('caption').getByTestId('form-body-input').fill('front cover');
    await app.send();
    expect(await app.responseJson()).toEqual({ book_id: 1, filename: 'cover.bin', size: coverBytes.length, caption: 'front cover', key: 'k-1' });

    await panel.open();
    await panel.saveCurrent('Upload cover', 'C');
    // The save says that the file is kept by its name only.
    await panel.drawer.getByRole('status').filter({ hasText: 'cover.bin (part "file") is kept by name, not content' }).waitFor();
    await panel.close();
    const saved = await savedFile('upload-cover');
    expect(saved.body).toEqual({ mode: 'form-data', parts: [{ name: 'file', file: 'cover.bin', mediaType: 'application/octet-stream' }, { name: 'caption', value: 'front cover' }] });
    expect(JSON.stringify(saved)).toContain('{{apiKey}}');
    expect(JSON.stringify(saved)).not.toContain('k-1');

    await reopen('Upload cover');
    expect(await formField('caption').getByTestId('form-body-input').inputValue()).toBe('front cover');
    expect(await formField('file').getByTestId('body-file-wanted').innerText()).toContain('Pick cover.bin again');
    // Saved again before the file is picked, the file keeps its part.
    await app.page.keyboard.press('Control+s');
    await app.byTestId('save-notice').filter({ hasText: 'Saved Upload cover' }).waitFor();
    expect((await savedFile('upload-cover')).body).toEqual(saved.body);

    await formField('file').getByTestId('body-file-input').setInputFiles(cover);
    await formField('file').getByTestId('body-file-picked').waitFor();
    await app.send();
    expect(await app.responseJson()).toEqual({ book_id: 1, filename: 'cover.bin', size: coverBytes.length, caption: 'front cover', key: 'k-1' });
    const [sent] = (await receivedBy(served().server.baseUrl, '/books/1/cover')).slice(-1);
    expect(headerValues(sent, 'x-api-key')).toEqual(['k-1']);
    expect(sent?.body).toContain('name="caption"\r\n\r\nfront cover');
  });

  it('saves a {{variable}} that has no value yet while Send refuses it, and says a save notice under the tabs', async () => {
    await app.keepOperation('GET', '/loans/{loan_id}');
    await app.fillParam('path:loan_id', '{{loanId}}');
    const before = (await receivedBy(served().server.baseUrl)).length;
    await app.byTestId('send-button').click();
    await app.page.getByText('`{{loanId}}` (in path parameter "loan_id") has no value').first().waitFor();
    expect((await receivedBy(served().server.baseUrl)).length).toBe(before);

    await panel.open();
    expect(await app.byTestId('collection-save').isEnabled()).toBe(true);
    await panel.saveCurrent('Loan by unset variable', 'C');
    await panel.close();
    expect((await savedFile('loan-by-unset-variable')).url).toBe('{{baseUrl}}/loans/{{loanId}}');

    // A form that cannot make a URL is not saved: Ctrl+S says so under the tab strip and marks the field.
    await app.keepOperation('GET', '/books/{book_id}');
    await app.fillParam('path:book_id', '');
    await app.page.keyboard.press('Control+s');
    const notice = app.byTestId('save-notice').filter({ hasText: 'Not saved: fix the fields marked in the form' });
    await notice.waitFor();
    await app.page.locator('[data-testid="field-problem"][data-param-key="path:book_id"]').first().waitFor();
    await app.page.screenshot({ path: '/tmp/saved-forms-notice.png' });
    const title = await activeTab().locator('.tab-title').boundingBox();
    const box = await notice.boundingBox();
    expect(title).not.toBeNull();
    expect(box).not.toBeNull();
    if (title === null || box === null) return;
    // Below the strip, not over any tab.
    expect(box.y).toBeGreaterThanOrEqual(title.y + title.height);
    expect(title.width).toBeGreaterThan(40);
  });

  it('sends from `roundtrip run` the bytes the form sends for variables holding "/", "&", "=" and spaces', async () => {
    const server = served().server.baseUrl;
    await app.keepOperation('GET', '/shelves/{shelf}');
    await app.fillParam('path:shelf', '{{shelf}}');
    await app.fillParam('query:q', '{{q}}');
    await app.send();
    expect(await app.responseJson()).toEqual({ shelf: 'new/used', q: 'tom & jerry' });
    await panel.open();
    await panel.saveCurrent('Search shelf', 'C');
    await panel.close();
    expect((await savedFile('search-shelf')).url).toBe('{{baseUrl}}/shelves/{{shelf}}?q={{q}}');

    await app.keepOperation('POST', '/members');
    await formField('user').getByTestId('form-body-input').fill('{{user}}');
    await formField('note').getByTestId('form-body-input').fill('a b');
    await app.send();
    expect(await app.responseJson()).toEqual({ user: 'ann&admin=1', note: 'a b' });
    await panel.open();
    await panel.saveCurrent('Add member', 'C');
    await panel.close();

    const [formSearch] = (await receivedBy(server, '/shelves/new/used')).slice(-1);
    const [formMember] = (await receivedBy(server, '/members')).slice(-1);
    expect(formSearch?.rawPath).toBe('/shelves/new%2Fused');
    expect(formSearch?.query).toBe('q=tom%20%26%20jerry');
    expect(formMember?.body).toBe('user=ann%26admin%3D1&note=a+b');

    // The whole collection runs (its other requests lack their variables here): only these two are looked at.
    const dir = path.join(served().session.host.dataDir, 'collections', 'c');
    const run = await runRoundtrip('run', dir, '--var', `baseUrl=${server}`, '--var', 'shelf=new/used', '--var', 'q=tom & jerry', '--var', 'user=ann&admin=1');
    expect(run.code).not.toBe(2);
    const searches = await receivedBy(server, '/shelves/new/used');
    const members = await receivedBy(server, '/members');
    // One more of each: the run's.
    expect([searches.length, members.length]).toEqual([2, 2]);
    const [runSearch] = searches.slice(-1);
    const [runMember] = members.slice(-1);
    expect([runSearch?.rawPath, runSearch?.query]).toEqual([formSearch?.rawPath, formSearch?.query]);
    expect(runMember?.body).toBe(formMember?.body);
  });

  it('sends from `roundtrip run` what the form sends for a value kept with reserved characters and arrays given by one variable', async () => {
    const server = served().server.baseUrl;
    await app.keepOperation('GET', '/finds');
    await app.fillParam('query:path', '{{where}}');
    // Typed in an array's field, the variable stands for what it holds: "1,2,3" is three items, as if typed.
    await app.fillParam('query:ids', '{{ids}}');
    await app.fillParam('query:tags', '{{ids}}');
    await app.send();
    const [fromForm] = (await receivedBy(server, '/finds')).slice(-1);
    expect(fromForm?.query).toBe('path=a/b?c=d:e@f,g&ids=1,2,3&tags=1&tags=2&tags=3');
    await panel.open();
    await panel.saveCurrent('Find by path', 'C');
    await panel.close();
    expect((await savedFile('find-by-path')).url).toBe('{{baseUrl}}/finds?path={{where}}&ids={{ids}}&tags={{ids}}');

    const dir = path.join(served().session.host.dataDir, 'collections', 'c');
    const run = await runRoundtrip('run', dir, '--var', `baseUrl=${server}`, '--var', 'where=a/b?c=d:e@f,g', '--var', 'ids=1,2,3');
    expect(run.code).not.toBe(2);
    const finds = await receivedBy(server, '/finds');
    expect(finds).toHaveLength(2);
    expect(finds[1]?.query).toBe(fromForm?.query);
  });

  it('leaves out from `roundtrip run`, as the form does, an array parameter whose one variable is empty', async () => {
    const server = served().server.baseUrl;
    await app.keepOperation('GET', '/finds');
    await app.fillParam('query:ids', '{{none}}');
    await app.fillParam('query:tags', '{{ids}}');
    await app.send();
    const [fromForm] = (await receivedBy(server, '/finds')).slice(-1);
    expect(fromForm?.query).toBe('tags=1&tags=2&tags=3');
    await panel.open();
    await panel.saveCurrent('Find none', 'C');
    await panel.close();
    expect((await savedFile('find-none')).url).toBe('{{baseUrl}}/finds?ids={{none}}&tags={{ids}}');

    const before = (await receivedBy(server, '/finds')).length;
    const dir = path.join(served().session.host.dataDir, 'collections', 'c');
    const run = await runRoundtrip('run', dir, '--var', `baseUrl=${server}`, '--var', 'where=a/b?c=d:e@f,g', '--var', 'ids=1,2,3', '--var', 'none=');
    expect(run.code).not.toBe(2);
    const fromRun = (await receivedBy(server, '/finds')).slice(before).map((entry) => entry.query);
    // The run sends every saved request of the collection: this one among them, as the form sent it.
    expect(fromRun).toContain(fromForm?.query);
    expect(fromRun.filter((query) => /(^|&)ids=(&|$)/.test(query))).toEqual([]);
  });

  it('sends from `roundtrip run` the Cookie header the form sends for a cookie parameter holding a variable', async () => {
    const server = served().server.baseUrl;
    await app.keepOperation('GET', '/books/{book_id}');
    await app.fillParam('path:book_id', '5');
    await app.fillParam('cookie:session', '{{crumb}}');
    await app.send();
    expect(await app.responseJson()).toMatchObject({ book_id: 5 });
    const [fromForm] = (await receivedBy(server, '/books/5')).slice(-1);
    // Encoded, so that ";" and the space cannot split the header into other cookies.
    expect(headerValues(fromForm, 'cookie')).toEqual(['session=a%20b%3Bc']);
    await panel.open();
    await panel.saveCurrent('Book with crumb', 'C');
    await panel.close();

    const dir = path.join(served().session.host.dataDir, 'collections', 'c');
    const run = await runRoundtrip('run', dir, '--var', `baseUrl=${server}`, '--var', 'crumb=a b;c');
    expect(run.code).not.toBe(2);
    const books = await receivedBy(server, '/books/5');
    expect(books).toHaveLength(2);
    expect(headerValues(books[1], 'cookie')).toEqual(headerValues(fromForm, 'cookie'));
  });

  it('sends an urlencoded body imported from the OpenAPI document as the form does: a space as "+"', async () => {
    const server = served().server.baseUrl;
    const out = path.join(dir, 'imported');
    const imported = await runRoundtrip('import', `${server}/openapi.json`, '--out', out);
    expect(imported.code).toBe(0);
    // The imported request's fields, typed as in the form of the earlier test.
    const files = (await readdir(out, { recursive: true })).filter((name) => name.endsWith('.request.json')).map((name) => path.join(out, name));
    const texts = await Promise.all(files.map(async (file) => ({ file, saved: JSON.parse(await readFile(file, 'utf8')) as SavedFile & Record<string, unknown> })));
    const members = texts.find(({ saved }) => saved.url.endsWith('/members'));
    expect(members?.saved.body.mode).toBe('urlencoded');
    if (members === undefined) return;
    await writeFile(members.file, JSON.stringify({ ...members.saved, body: { mode: 'urlencoded', fields: [{ name: 'user', value: '{{user}}' }, { name: 'note', value: 'a b' }] } }));

    const run = await runRoundtrip('run', out, '--var', `baseUrl=${server}`, '--var', 'user=ann&admin=1');
    expect(run.code).not.toBe(2);
    const received = await receivedBy(server, '/members');
    // The first is the form's (the test above): user=ann%26admin%3D1&note=a+b.
    expect(received.slice(-1)[0]?.body).toBe(received[0]?.body);
  });

  it('keeps the disabled headers and fields a request’s file holds when its form is saved as a new request', async () => {
    const file = path.join(served().session.host.dataDir, 'collections', 'c', 'member-with-extras.request.json');
    const disabledHeader = { name: 'X-Old', value: '1', disabled: true };
    const disabledField = { name: 'old', value: 'x', disabled: true };
    await writeFile(
      file,
      JSON.stringify({
        format: 'roundtrip.request',
        version: 1,
        name: 'Member with extras',
        method: 'POST',
        url: '{{baseUrl}}/members',
        headers: [disabledHeader],
        body: { mode: 'urlencoded', fields: [{ name: 'user', value: 'ann' }, disabledField, { name: 'note', value: 'n' }] },
        auth: { type: 'inherit' },
        operation: { key: 'POST /members' },
      }),
    );
    await panel.open();
    await panel.request('Member with extras').waitFor();
    await panel.close();
    await reopen('Member with extras');
    expect(await formField('user').getByTestId('form-body-input').inputValue()).toBe('ann');
    await panel.open();
    await panel.drawer.getByRole('button', { name: 'Save as new…' }).click();
    await panel.saveCurrent('Member copy', 'C');
    await panel.close();

    const copy = await savedFile('member-copy');
    // The form's own Accept after it: the disabled header led the file's headers.
    expect(copy.headers).toEqual([disabledHeader, { name: 'Accept', value: 'application/json' }]);
    expect(copy.body).toEqual({ mode: 'urlencoded', fields: [{ name: 'user', value: 'ann' }, disabledField, { name: 'note', value: 'n' }] });
    expect((copy as unknown as { name: string }).name).toBe('Member copy');
  });
});
