import { describe, expect, it } from 'vitest';
import type { LoadedSpec, SpecOutline } from '../../../../../shared/model/api-model';
import { initialSpecSourceState, specSourceReducer, type SpecSourceAction, type SpecSourceState } from '../../../../../renderer/features/spec-source/spec-source-store';

const outline: SpecOutline = {
  title: 'Big',
  version: '1',
  specVersion: '3.0.3',
  operations: [{ key: 'GET /a', method: 'GET', path: '/a', tags: [], group: 'a', deprecated: false, idempotency: 'safe' }],
};
const spec = { origin: { kind: 'file', location: '/big.json' }, model: { title: 'Big' }, problems: [] } as unknown as LoadedSpec;

function run(...actions: SpecSourceAction[]): SpecSourceState {
  return actions.reduce(specSourceReducer, initialSpecSourceState);
}

describe('spec-source store: the outline shown ahead of a large document', () => {
  it('shows the outline while the load runs and carries what was typed and picked into the loaded workspace', () => {
    const during = run({ type: 'load-started', label: 'Opening big.json…', attempted: '/big.json' }, { type: 'outline-arrived', outline }, { type: 'outline-chosen', choice: { filter: 'pulls', focus: 'filter' } }, { type: 'outline-chosen', choice: { opKey: 'GET /a' } });
    expect(during.outline).toBe(outline);
    expect(during.outlineChoice).toEqual({ filter: 'pulls', focus: 'filter', opKey: 'GET /a' });
    const loaded = specSourceReducer(during, { type: 'load-succeeded', spec });
    expect(loaded.outline).toBeUndefined();
    expect(loaded.carried).toEqual({ filter: 'pulls', focus: 'filter', opKey: 'GET /a' });
    // The next load starts clean: nothing is carried into a document that had no outline.
    const next = specSourceReducer(specSourceReducer(loaded, { type: 'load-started', label: 'Opening small.json…' }), { type: 'load-succeeded', spec });
    expect(next.carried).toBeUndefined();
  });

  it('ignores an outline that arrives after the load, over an open document, or after a cancel', () => {
    expect(run({ type: 'load-started', label: 'x' }, { type: 'load-succeeded', spec }, { type: 'outline-arrived', outline }).outline).toBeUndefined();
    const open = run({ type: 'load-started', label: 'x' }, { type: 'load-succeeded', spec }, { type: 'load-started', label: 'y' }, { type: 'outline-arrived', outline });
    expect(open.outline).toBeUndefined();
    expect(run({ type: 'load-started', label: 'x' }, { type: 'outline-arrived', outline }, { type: 'load-cancelled' }).outline).toBeUndefined();
    const failed = run({ type: 'load-started', label: 'x', attempted: '/big.json' }, { type: 'outline-arrived', outline }, { type: 'load-failed', error: { code: 'spec-unusable', message: 'no' } });
    expect([failed.outline, failed.outlineChoice, failed.error?.code]).toEqual([undefined, undefined, 'spec-unusable']);
    // Back on the start screen with the cursor in the address field and the path still typed there.
    expect([failed.outlineDropped, failed.attempted]).toEqual([true, '/big.json']);
    expect(run({ type: 'load-started', label: 'x' }, { type: 'load-failed', error: { code: 'spec-unusable', message: 'no' } }).outlineDropped).toBe(false);
    expect(specSourceReducer(failed, { type: 'load-started', label: 'y' }).outlineDropped).toBeUndefined();
  });

  it('keeps an operation normalized alone and what is typed into its form, and carries both into the loaded workspace', () => {
    const alone = { ...spec, model: { title: 'Big', operations: [{ key: 'GET /a' }] } } as unknown as LoadedSpec;
    const typed = { type: 'outline-forms', action: { type: 'base-url', serverUrl: '/', value: 'http://127.0.0.1:8000' } } as const;
    const during = run({ type: 'load-started', label: 'x' }, { type: 'outline-arrived', outline }, { type: 'outline-chosen', choice: { opKey: 'GET /a' } }, { type: 'operation-detailed', opKey: 'GET /a', spec: alone }, typed);
    expect(during.outlineDetails).toEqual({ 'GET /a': alone });
    expect(during.outlineChoice?.forms?.baseUrls).toEqual({ '/': 'http://127.0.0.1:8000' });
    expect(specSourceReducer(during, { type: 'load-succeeded', spec }).carried?.forms?.baseUrls).toEqual({ '/': 'http://127.0.0.1:8000' });
    // Nothing lands once the outline is gone (a cancel, or the model came first).
    const cancelled = specSourceReducer(during, { type: 'load-cancelled' });
    expect(cancelled.outlineDetails).toBeUndefined();
    expect(specSourceReducer(cancelled, { type: 'operation-detailed', opKey: 'GET /a', spec: alone })).toBe(cancelled);
    expect(specSourceReducer(cancelled, typed)).toBe(cancelled);
  });
});
