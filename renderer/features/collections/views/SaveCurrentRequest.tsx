import { useState } from 'react';
import type { SavedRequest } from '../../../../shared/collections/format-v1';
import { findEntry, type CollectionsOverview } from '../../../../shared/collections/listing';
import { saveTargets } from '../../../../shared/collections/save-targets';
import { filesNotKeptNote } from '../../../../shared/collections/files-not-kept';
import { missingSecrets } from '../../../../shared/collections/secret-references';
import type { CurrentRequest } from '../current-request';
import type { Collections } from '../use-collections';
import { useCurrentForDisk } from '../use-current-for-disk';
import { useSecretReferences } from '../use-secret-references';

interface Props {
  readonly current: CurrentRequest;
  readonly overview: CollectionsOverview;
  readonly collections: Collections;
}

/** "Save current request": over the saved request it was opened from, or as a new one (name and place). */
export function SaveCurrentRequest({ current, overview, collections }: Props) {
  const targets = saveTargets(overview);
  const openedEntry = current.saved && findEntry(overview.collections.flatMap((c) => c.children), current.saved.id);
  const opened = openedEntry?.kind === 'request' ? current.saved : undefined;
  // The file this request came from no longer parses (a merge in progress): never saved over, offered as a copy.
  const broken = openedEntry?.kind === 'broken' ? openedEntry : undefined;
  const defaultName = (broken && current.saved?.name) ?? current.deletedFile?.name ?? current.op.summary ?? `${current.op.method} ${current.op.path}`;
  const [name, setName] = useState(defaultName);
  // A copy of a broken file, or a request whose file was deleted, goes back where the file was, if that folder is still there.
  const [parentId, setParentId] = useState<string | undefined>((broken?.id ?? current.deletedFile?.id)?.split('/').slice(0, -1).join('/'));
  const [asNew, setAsNew] = useState(false);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const secrets = useSecretReferences();
  const forDisk = useCurrentForDisk();
  const target = targets.find((t) => t.id === parentId) ?? targets[0];
  // What a save writes: {{variables}} as typed, so one whose value lives in another environment does not block it.
  const request = current.template;

  // The same conversion as Ctrl/Cmd+S, so either way of saving writes the same file.
  const save = (where: { parentId: string; id?: string }, name: string, existing?: SavedRequest) => {
    if (!request) return;
    // Saved as new, the request keeps what its own file held that the form does not show (disabled entries).
    const copyOf = existing === undefined && openedEntry?.kind === 'request' ? openedEntry.request : undefined;
    const saved = forDisk({ ...current, template: request }, name, existing, copyOf);
    const missing = missingSecrets(saved.needsSecrets ?? [], secrets.environment);
    const addVariables = current.baseUrl && saved.url.startsWith('{{baseUrl}}') ? [{ key: 'baseUrl', value: current.baseUrl }] : undefined;
    void collections.saveRequest(where, saved, addVariables).then((id) => {
      if (id === undefined) return;
      current.remember({ id, name: saved.name });
      setAsNew(false);
      const said =
        missing.length > 0
          ? `Saved “${saved.name}” without its credentials: add ${missing.join(', ')} as secret variable${missing.length > 1 ? 's' : ''} in an environment to send it from the collection.`
          : `Saved “${saved.name}”.`;
      const files = filesNotKeptNote(saved);
      setStatus(files === undefined ? said : `${said} ${files}`);
    });
  };
  const saveOver = () => {
    if (!opened) return;
    const existing = findEntry(overview.collections.flatMap((c) => c.children), opened.id);
    save({ parentId: opened.id.split('/').slice(0, -1).join('/'), id: opened.id }, opened.name, existing?.kind === 'request' ? existing.request : undefined);
  };
  const disabledTitle = request ? undefined : (current.waiting ?? 'Fix the problems in the form first');

  if (opened && !asNew) {
    return (
      <div className="collections-save">
        <strong>Editing “{opened.name}”</strong>
        <button type="button" className="button button-small button-primary" disabled={!request} title={disabledTitle} onClick={saveOver} data-testid="collection-save-over">
          Save
        </button>
        <button type="button" className="button button-small button-ghost" onClick={() => setAsNew(true)}>
          Save as new…
        </button>
        {status && (
          <span className="muted" role="status">
            {status}
          </span>
        )}
      </div>
    );
  }
  if (targets.length === 0) return <p className="muted">Create a collection below to save this request into.</p>;
  return (
    <form
      className="collections-save"
      onSubmit={(event) => {
        event.preventDefault();
        if (!request || !target) return;
        save({ parentId: target.id }, name.trim() || defaultName);
      }}
    >
      {broken && (
        <p className="alert alert-warning" role="alert" data-testid="collection-save-broken">
          {broken.id} does not parse ({broken.message}), so it is not saved over. Save your edits as a copy instead:
        </p>
      )}
      <strong>{broken ? 'Save as a copy' : 'Save current request'}</strong>
      <input className="input input-compact" aria-label="Request name" value={name} onChange={(event) => setName(event.target.value)} data-testid="collection-save-name" />
      <select className="input input-compact" aria-label="Save into" value={target?.id} onChange={(event) => setParentId(event.target.value)} data-testid="collection-save-target">
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-small button-primary" disabled={!request} title={disabledTitle} data-testid="collection-save">
        {broken ? 'Save as a copy' : 'Save'}
      </button>
      {status && (
        <span className="muted" role="status">
          {status}
        </span>
      )}
    </form>
  );
}
