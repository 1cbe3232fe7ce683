import { useState } from 'react';
import { savedFromDescription } from '../../../../shared/collections/from-description';
import type { CollectionEntry, CollectionsOverview } from '../../../../shared/collections/listing';
import type { CurrentRequest } from '../current-request';
import type { Collections } from '../use-collections';

interface Props {
  readonly current: CurrentRequest;
  readonly overview: CollectionsOverview;
  readonly collections: Collections;
}

/** "Save current request": a name, where to put it (a collection or any folder), and Save. */
export function SaveCurrentRequest({ current, overview, collections }: Props) {
  const targets = overview.collections.flatMap((c) => (c.collection ? [{ id: c.id, label: c.collection.name }, ...folderTargets(c.children, c.collection.name)] : []));
  const defaultName = current.op.summary ?? `${current.op.method} ${current.op.path}`;
  const [name, setName] = useState(defaultName);
  const [parentId, setParentId] = useState<string | undefined>(undefined);
  const [savedAs, setSavedAs] = useState<string | undefined>(undefined);
  const target = targets.find((t) => t.id === parentId) ?? targets[0];
  const request = current.request;
  if (targets.length === 0) return <p className="muted">Create a collection below to save this request into.</p>;
  return (
    <form
      className="collections-save"
      onSubmit={(event) => {
        event.preventDefault();
        if (!request || !target) return;
        const saved = savedFromDescription(request, name.trim() || defaultName, current.op, current.baseUrl);
        const addVariables = current.baseUrl && saved.url.startsWith('{{baseUrl}}') ? [{ key: 'baseUrl', value: current.baseUrl }] : undefined;
        void collections.saveRequest({ parentId: target.id }, saved, addVariables).then((id) => setSavedAs(id));
      }}
    >
      <strong>Save current request</strong>
      <input className="input input-compact" aria-label="Request name" value={name} onChange={(event) => setName(event.target.value)} data-testid="collection-save-name" />
      <select className="input input-compact" aria-label="Save into" value={target?.id} onChange={(event) => setParentId(event.target.value)} data-testid="collection-save-target">
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-small button-primary" disabled={!request} title={request ? undefined : 'Fix the problems in the form first'} data-testid="collection-save">
        Save
      </button>
      {savedAs && <span className="muted" role="status">Saved.</span>}
    </form>
  );
}

function folderTargets(entries: readonly CollectionEntry[], path: string): { id: string; label: string }[] {
  return entries.flatMap((entry) => (entry.kind === 'folder' ? [{ id: entry.id, label: `${path} / ${entry.folder.name}` }, ...folderTargets(entry.children, `${path} / ${entry.folder.name}`)] : []));
}
