/** Child process for the crash test: saves requests in a loop, forever, until it is killed. */
import { createCollectionStore } from '../../../../../electron/services/collections/collection-store';
import { newSavedRequest } from '../../../../../shared/collections/collection-tree';

const root = process.argv[2];
if (root === undefined) throw new Error('usage: crash-writer <root>');
const store = createCollectionStore(root);
let round = 0;
// Bodies of very different sizes so a torn write would show as truncated JSON.
for (;;) {
  round += 1;
  for (let slot = 0; slot < 4; slot += 1) {
    const text = JSON.stringify({ round, filler: 'x'.repeat((round * 7919 + slot * 104729) % 200_000) });
    await store.saveRequest({ parentId: 'c', id: `c/slot-${slot}.request.json`, request: newSavedRequest({ name: `Slot ${slot}`, method: 'POST', url: 'http://127.0.0.1:1/x', body: { mode: 'raw', mediaType: 'application/json', text } }) });
  }
  await store.rename('c', `Collection round ${round}`);
  if (round === 1) process.stdout.write('writing\n');
}
