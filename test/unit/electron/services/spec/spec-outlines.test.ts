import { describe, expect, it } from 'vitest';
import type { SpecOutline } from '../../../../../shared/model/api-model';
import { SpecOutlines } from '../../../../../electron/services/spec/spec-outlines';

const outline = (title: string): SpecOutline => ({ title, version: '1', specVersion: '3.0.3', operations: [] });
const limits = { waitMs: 50, keepMs: 50, maxWaiting: 3 };

describe('spec-outlines', () => {
  it('answers an ask made before or after the load starts, and null once the load ends without one', async () => {
    const outlines = new SpecOutlines(limits);
    const early = outlines.ask('a');
    const load = outlines.begin('a');
    load.send(outline('A'));
    await expect(early).resolves.toEqual(outline('A'));
    await expect(outlines.ask('a')).resolves.toEqual(outline('A'));
    outlines.begin('b').end();
    await expect(outlines.ask('b')).resolves.toBeNull();
  });

  it('gives a load that reuses an id its own outline, never the previous load\'s', async () => {
    const outlines = new SpecOutlines(limits);
    const first = outlines.begin('same');
    const second = outlines.begin('same');
    first.send(outline('old'));
    const asked = outlines.ask('same');
    second.send(outline('new'));
    await expect(asked).resolves.toEqual(outline('new'));
    // Once a load has answered, the next one under the same id starts afresh.
    outlines.begin('same').send(outline('third'));
    await expect(outlines.ask('same')).resolves.toEqual(outline('third'));
  });

  it('answers null when the load is cancelled, never starts, or too many asks wait at once', async () => {
    const outlines = new SpecOutlines(limits);
    const cancelled = outlines.ask('c');
    outlines.cancel('c');
    await expect(cancelled).resolves.toBeNull();
    const started = Date.now();
    await expect(outlines.ask('never')).resolves.toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    const crowded = new SpecOutlines(limits);
    const waiting = [crowded.ask('w1'), crowded.ask('w2'), crowded.ask('w3')];
    await expect(crowded.ask('w4')).resolves.toBeNull();
    crowded.begin('w1').end();
    crowded.begin('w2').end();
    crowded.begin('w3').end();
    await expect(Promise.all(waiting)).resolves.toEqual([null, null, null]);
  });

  it('keeps waiting as long as the load runs once it has started, however long that is', async () => {
    const outlines = new SpecOutlines(limits);
    const asked = outlines.ask('slow');
    const load = outlines.begin('slow');
    await new Promise((resolve) => setTimeout(resolve, 120));
    load.send(outline('late'));
    await expect(asked).resolves.toEqual(outline('late'));
  });
});
