import { describe, expect, it } from 'vitest';
import type { RequestDraft } from '../../../../../renderer/features/document/request-draft';
import type { RequestForm } from '../../../../../renderer/features/request/request-form-model';
import { detachedFormKeyOf, formKeyOf } from '../../../../../renderer/features/request/request-forms-store';
import { activeTab, claimedFile, formKeyAfterSave, initialTabsState, previewTab, tabFormKey, tabsHoldingFiles, tabsReducer, tabsStaleAfterSave, unboundFormKey, type TabsAction, type TabsState } from '../../../../../renderer/features/tabs/tabs-store';

const form = (id: string): RequestForm => ({ serverIndex: 0, serverVars: {}, params: { 'path:id': id }, bodies: {}, attempted: false });
const run = (...actions: TabsAction[]): TabsState => actions.reduce(tabsReducer, initialTabsState);
const keys = (state: TabsState) => state.tabs.map((tab) => tab.opKey ?? '(new)');

describe('tabs-store', () => {
  it('opens each operation once, after the active tab, and shows an open one again', () => {
    const state = run({ type: 'show', opKey: 'GET /a' }, { type: 'show', opKey: 'GET /b' }, { type: 'show', opKey: 'GET /a' }, { type: 'show', opKey: 'GET /c' });
    expect(keys(state)).toEqual(['GET /a', 'GET /c', 'GET /b']);
    expect(activeTab(state)?.opKey).toBe('GET /c');
  });

  it('lets a new tab take the next operation shown', () => {
    const state = run({ type: 'show', opKey: 'GET /a' }, { type: 'new' });
    expect(keys(state)).toEqual(['GET /a', '(new)']);
    const shown = tabsReducer(state, { type: 'show', opKey: 'GET /b' });
    expect(keys(shown)).toEqual(['GET /a', 'GET /b']);
    expect(activeTab(shown)?.id).toBe(activeTab(state)?.id);
  });

  it('moves to the right-hand neighbour when the active tab closes, else the left one', () => {
    let state = run({ type: 'show', opKey: 'a' }, { type: 'show', opKey: 'b' }, { type: 'show', opKey: 'c' }, { type: 'activate', id: 'tab-2' });
    state = tabsReducer(state, { type: 'close', id: 'tab-2' });
    expect(activeTab(state)?.opKey).toBe('c');
    state = tabsReducer(state, { type: 'close', id: 'tab-3' });
    expect(activeTab(state)?.opKey).toBe('a');
    state = tabsReducer(state, { type: 'close', id: 'tab-1' });
    expect(state.tabs).toEqual([]);
    expect(activeTab(state)).toBeUndefined();
  });

  it('keeps the form a tab opened with as its baseline until a save or load replaces it', () => {
    let state = run({ type: 'show', opKey: 'a', form: form('1') });
    expect(state.tabs[0]?.baseline).toEqual(form('1'));
    state = tabsReducer(state, { type: 'baseline', formKey: 'a', savedName: 'Get one' });
    expect(state.tabs[0]).toMatchObject({ savedName: 'Get one', baseline: form('1') });
    state = tabsReducer(state, { type: 'baseline', formKey: 'a', form: form('2') });
    expect(state.tabs[0]).toMatchObject({ savedName: 'Get one', baseline: form('2') });
  });

  it('names the saved request a shown operation was loaded from, each in a tab of its own', () => {
    const one = { id: 'shop/one.request.json', name: 'One' };
    const two = { id: 'shop/two.request.json', name: 'Two' };
    let state = run({ type: 'show', opKey: 'a', form: form('1'), saved: one });
    expect(state.tabs[0]).toMatchObject({ savedId: one.id, savedName: 'One', formKey: formKeyOf('a', one.id) });
    state = tabsReducer(state, { type: 'show', opKey: 'b' });
    state = tabsReducer(state, { type: 'show', opKey: 'a', saved: two });
    expect(activeTab(state)).toMatchObject({ opKey: 'a', savedId: two.id, savedName: 'Two', formKey: formKeyOf('a', two.id) });
    expect(state.tabs.find((tab) => tab.opKey === 'b')?.savedId).toBeUndefined();
    // Two saved requests of one operation, and the operation's own form: three tabs, three forms.
    state = tabsReducer(state, { type: 'show', opKey: 'a' });
    expect(state.tabs.map(tabFormKey)).toEqual([formKeyOf('a', one.id), 'b', formKeyOf('a', two.id), 'a']);
    // Shown again, each saved request is its tab.
    state = tabsReducer(state, { type: 'show', opKey: 'a', saved: one });
    expect(activeTab(state)?.id).toBe('tab-1');
    expect(state.tabs).toHaveLength(4);
  });

  it('keeps a baseline to the tab of its form, and moves the operation form saved as a file to that file', () => {
    const one = { id: 'shop/one.request.json', name: 'One' };
    let state = run({ type: 'show', opKey: 'a', form: form('1'), saved: one }, { type: 'show', opKey: 'a' });
    state = tabsReducer(state, { type: 'baseline', formKey: formKeyOf('a', one.id), form: form('3') });
    expect(state.tabs.map((tab) => tab.baseline)).toEqual([form('3'), undefined]);
    state = tabsReducer(state, { type: 'baseline', formKey: 'a', movedTo: formKeyOf('a', 'shop/two.request.json'), form: form('4'), savedId: 'shop/two.request.json', savedName: 'Two' });
    expect(state.tabs[1]).toMatchObject({ opKey: 'a', formKey: formKeyOf('a', 'shop/two.request.json'), savedName: 'Two', baseline: form('4') });
    expect(state.tabs[0]).toMatchObject({ formKey: formKeyOf('a', one.id), savedName: 'One', baseline: form('3') });
  });

  it('leaves one tab bound to a file: a tab whose file id a save just took again no longer claims it', () => {
    // Tab X holds saved request A; A is deleted; the operation's own tab Y is saved as a new file that gets A's id.
    const a = { id: 'shop/a.request.json', name: 'A' };
    let state = run({ type: 'show', opKey: 'a', form: form('old'), saved: a }, { type: 'show', opKey: 'a' });
    const [x, y] = state.tabs;
    const movedTo = formKeyAfterSave(state.tabs, 'a', a.id);
    expect(movedTo).toBe(formKeyOf('a', a.id));
    state = tabsReducer(state, { type: 'baseline', formKey: 'a', ...(movedTo !== undefined ? { movedTo } : {}), form: form('new'), savedId: a.id, savedName: a.name });
    expect(state.tabs.filter((tab) => tab.savedId === a.id).map((tab) => tab.id)).toEqual([y?.id]);
    expect(state.tabs.some((tab) => tab.id === x?.id)).toBe(false);
    expect(activeTab(state)).toMatchObject({ id: y?.id, formKey: formKeyOf('a', a.id), savedName: 'A', baseline: form('new') });
  });

  it('keeps a stale tab holding edits open, unbound from the file a save just gave its id again', () => {
    // Tab X holds saved request A and unsaved edits; A is deleted; the operation's own tab Y is saved as a new file with A's id.
    const a = { id: 'shop/a.request.json', name: 'A' };
    let state = run({ type: 'show', opKey: 'a', form: form('old'), saved: a }, { type: 'show', opKey: 'a' }, { type: 'activate', id: 'tab-1' });
    const [x, y] = state.tabs;
    const movedTo = formKeyAfterSave(state.tabs, 'a', a.id);
    expect(tabsStaleAfterSave(state.tabs, 'a', a.id, movedTo).map((tab) => tab.id)).toEqual([x?.id]);
    state = tabsReducer(state, { type: 'baseline', formKey: 'a', ...(movedTo !== undefined ? { movedTo } : {}), form: form('new'), savedId: a.id, savedName: a.name, edited: [x?.id ?? ''] });
    // Y alone claims A; X stays where it was, active still, as an unsaved request with a form of its own.
    expect(state.tabs.filter((tab) => claimedFile(tab) === a.id).map((tab) => tab.id)).toEqual([y?.id]);
    expect(state.tabs.map((tab) => tab.id)).toEqual([x?.id, y?.id]);
    expect(activeTab(state)).toEqual({ id: x?.id, opKey: 'a', formKey: detachedFormKeyOf('a', x?.id ?? ''), baseline: form('old'), deletedFile: a });
    expect(state.tabs[1]).toMatchObject({ formKey: formKeyOf('a', a.id), savedId: a.id, savedName: 'A', baseline: form('new') });
    // Opened from the list, A shows in Y, never in X.
    expect(activeTab(tabsReducer(state, { type: 'show', opKey: 'a', saved: a }))?.id).toBe(y?.id);
  });

  it('binds a tab whose file was deleted to the file it is saved as next', () => {
    const a = { id: 'shop/a.request.json', name: 'A' };
    let state = run({ type: 'show', opKey: 'a', form: form('old'), saved: a }, { type: 'files-gone', savedIds: [a.id], edited: ['tab-1'] });
    const formKey = unboundFormKey(state.tabs[0] ?? { id: '' }) ?? '';
    expect(formKey).toBe(detachedFormKeyOf('a', 'tab-1'));
    // Not loaded again from anything: a baseline without a file keeps saying the file was deleted.
    state = tabsReducer(state, { type: 'baseline', formKey, form: form('edited') });
    expect(activeTab(state)?.deletedFile).toEqual(a);
    const b = { id: 'shop/b.request.json', name: 'B' };
    const movedTo = formKeyAfterSave(state.tabs, formKey, b.id);
    state = tabsReducer(state, { type: 'baseline', formKey, ...(movedTo !== undefined ? { movedTo } : {}), form: form('edited'), savedId: b.id, savedName: b.name });
    expect(activeTab(state)).toEqual({ id: 'tab-1', opKey: 'a', formKey: formKeyOf('a', b.id), savedId: b.id, savedName: 'B', baseline: form('edited') });
  });

  it('lets go of deleted files: a tab with edits stays unbound, one without closes, a folder takes what is in it', () => {
    const doc = { method: 'GET', url: 'http://127.0.0.1:9/d', query: [], headers: [], name: 'D', savedId: 'shop/tools/d.request.json' } as unknown as RequestDraft;
    let state = run(
      { type: 'show', opKey: 'a', saved: { id: 'shop/a.request.json', name: 'A' } },
      { type: 'show', opKey: 'b', saved: { id: 'shop/tools/b.request.json', name: 'B' } },
      { type: 'new', doc },
      { type: 'show', opKey: 'c', saved: { id: 'other/c.request.json', name: 'C' } },
      { type: 'show', opKey: 'a' },
      { type: 'activate', id: 'tab-2' },
    );
    expect(tabsHoldingFiles(state.tabs, ['shop/tools']).map((tab) => tab.id)).toEqual(['tab-2', 'tab-3']);
    state = tabsReducer(state, { type: 'files-gone', savedIds: ['shop/tools'], edited: ['tab-3'] });
    // B had no edits: its tab closed, and the focus went to its right-hand neighbour, D, which stays unsaved.
    expect(state.tabs.map((tab) => tab.id)).toEqual(['tab-1', 'tab-3', 'tab-4', 'tab-5']);
    expect(activeTab(state)?.id).toBe('tab-3');
    expect(activeTab(state)?.deletedFile).toEqual({ id: 'shop/tools/d.request.json', name: 'D' });
    expect(activeTab(state)?.doc).not.toHaveProperty('savedId');
    expect(activeTab(state)?.doc?.url).toBe('http://127.0.0.1:9/d');
    // A file that was never open, or a name only sharing a prefix, changes nothing.
    expect(tabsReducer(state, { type: 'files-gone', savedIds: ['shop/a', 'other/c.request'], edited: [] })).toBe(state);
    // The last tab of a file closing hands the focus to the left when nothing is on its right.
    state = tabsReducer(tabsReducer(state, { type: 'activate', id: 'tab-5' }), { type: 'close', id: 'tab-5' });
    state = tabsReducer(state, { type: 'files-gone', savedIds: ['other/c.request.json'], edited: [] });
    expect(state.tabs.map((tab) => tab.id)).toEqual(['tab-1', 'tab-3']);
    expect(activeTab(state)?.id).toBe('tab-3');
  });

  it('unbinds a tab claiming the file a request document was just saved as', () => {
    const a = { id: 'shop/a.request.json', name: 'A' };
    const doc = { method: 'GET', url: 'http://127.0.0.1:9/d', query: [], headers: [] } as unknown as RequestDraft;
    let state = run({ type: 'show', opKey: 'a', saved: a }, { type: 'new', doc });
    state = tabsReducer(state, { type: 'doc-saved', id: 'tab-2', doc: { ...doc, name: 'A', savedId: a.id }, edited: ['tab-1'] });
    expect(state.tabs.filter((tab) => claimedFile(tab) === a.id).map((tab) => tab.id)).toEqual(['tab-2']);
    expect(state.tabs[0]).toMatchObject({ id: 'tab-1', formKey: detachedFormKeyOf('a', 'tab-1'), deletedFile: a });
    expect(activeTab(state)?.id).toBe('tab-2');
  });

  it('keeps the form where it is when the tab saves the file it already holds', () => {
    const a = { id: 'shop/a.request.json', name: 'A' };
    const state = run({ type: 'show', opKey: 'a', saved: a }, { type: 'show', opKey: 'b' });
    expect(formKeyAfterSave(state.tabs, formKeyOf('a', a.id), a.id)).toBeUndefined();
    expect(formKeyAfterSave(state.tabs, 'b')).toBeUndefined();
    expect(formKeyAfterSave(state.tabs, 'b', 'shop/b.request.json')).toBe(formKeyOf('b', 'shop/b.request.json'));
  });

  it('replaces the preview tab with the next preview, in its place', () => {
    const state = run({ type: 'show', opKey: 'a' }, { type: 'show', opKey: 'b', preview: true }, { type: 'show', opKey: 'c', preview: true }, { type: 'show', opKey: 'd', preview: true });
    expect(keys(state)).toEqual(['a', 'd']);
    expect(activeTab(state)).toMatchObject({ opKey: 'd', preview: true });
    // Each request it shows gets a tab id of its own, so nothing of the one before stays with it.
    expect(new Set(state.tabs.map((tab) => tab.id)).size).toBe(2);
    expect(activeTab(state)?.id).toBe('tab-4');
  });

  it('pins a preview shown again without preview, or pinned by id, and the next preview opens a tab of its own', () => {
    let state = run({ type: 'show', opKey: 'a', preview: true }, { type: 'show', opKey: 'a' });
    expect(previewTab(state)).toBeUndefined();
    state = tabsReducer(state, { type: 'show', opKey: 'b', preview: true });
    state = tabsReducer(state, { type: 'pin', id: activeTab(state)?.id ?? '' });
    state = tabsReducer(state, { type: 'show', opKey: 'c', preview: true });
    expect(keys(state)).toEqual(['a', 'b', 'c']);
    expect(state.tabs.map((tab) => tab.preview === true)).toEqual([false, false, true]);
    // A preview shown again by a single click stays a preview.
    state = tabsReducer(tabsReducer(state, { type: 'activate', id: 'tab-1' }), { type: 'show', opKey: 'c', preview: true });
    expect(activeTab(state)).toMatchObject({ opKey: 'c', preview: true });
  });

  it('pins a request document once it differs from what was opened, and keeps it across a baseline', () => {
    const doc = { method: 'GET', url: 'http://127.0.0.1:9/a', query: [], headers: [] } as unknown as RequestDraft;
    let state = run({ type: 'new', doc, preview: true });
    state = tabsReducer(state, { type: 'doc', id: 'tab-1', doc });
    expect(activeTab(state)?.preview).toBe(true);
    state = tabsReducer(state, { type: 'doc', id: 'tab-1', doc: { ...doc, url: 'http://127.0.0.1:9/b' } });
    expect(activeTab(state)?.preview).toBeUndefined();
    state = tabsReducer(state, { type: 'show', opKey: 'a', preview: true });
    state = tabsReducer(state, { type: 'baseline', formKey: 'a', savedName: 'A' });
    expect(activeTab(state)).toMatchObject({ opKey: 'a', preview: true, savedName: 'A' });
    expect(state.tabs).toHaveLength(2);
  });

  it('lets an untouched new tab take a preview, leaving at most one preview', () => {
    const state = run({ type: 'show', opKey: 'a', preview: true }, { type: 'new' }, { type: 'show', opKey: 'b', preview: true });
    expect(keys(state)).toEqual(['a', 'b']);
    expect(state.tabs.map((tab) => tab.preview === true)).toEqual([false, true]);
  });
});
