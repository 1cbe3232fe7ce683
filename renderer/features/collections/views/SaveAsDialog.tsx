import { useId, useLayoutEffect, useRef, useState } from 'react';
import { saveTargets } from '../../../../shared/collections/save-targets';
import { requestForDisk } from '../../../../shared/collections/secrets';
import { draftTitle, savedFromDraft, type RequestDraft } from '../../document/request-draft';
import { announceCollectionsChanged } from '../listing-signal';
import { useCollections } from '../use-collections';
import { useSecretReferences } from '../use-secret-references';

interface Props {
  readonly draft: RequestDraft;
  /** The request is now the saved request `draft.savedId` (named `draft.name`). */
  readonly onSaved: (draft: RequestDraft) => void;
  readonly onCancel: () => void;
}

const NEW_COLLECTION = '';

/** Save as: a name and a collection or folder (or a new collection) for a request document; the file holds the draft as it is. */
export function SaveAsDialog({ draft, onSaved, onCancel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const collections = useCollections(true);
  const secrets = useSecretReferences();
  const [name, setName] = useState(draft.name ?? draftTitle(draft));
  const [picked, setPicked] = useState<string>();
  const [newCollection, setNewCollection] = useState('');
  const [saving, setSaving] = useState(false);
  const targets = collections.overview ? saveTargets(collections.overview) : [];
  const parentId = picked ?? targets[0]?.id ?? NEW_COLLECTION;

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    nameRef.current?.select();
    return () => dialog.close();
  }, []);

  const save = async () => {
    const typed = name.trim();
    if (typed === '' || saving) return;
    setSaving(true);
    const into = parentId === NEW_COLLECTION ? await collections.createCollection(newCollection.trim() || 'My requests') : parentId;
    // Credentials and secret variables are saved as {{references}}, never in clear.
    const saved = into === undefined ? undefined : await collections.saveRequest({ parentId: into }, requestForDisk(savedFromDraft({ ...draft, name: typed }), secrets.references));
    setSaving(false);
    if (saved === undefined) return;
    announceCollectionsChanged();
    onSaved({ ...draft, name: typed, savedId: saved });
  };

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog save-as-dialog"
      aria-labelledby={`${id}-title`}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      data-testid="save-as-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={`${id}-title`} className="confirm-title">
          Save request
        </h2>
        <p>
          <label htmlFor={`${id}-name`}>Name</label>
          <input ref={nameRef} id={`${id}-name`} className="input" value={name} onChange={(event) => setName(event.target.value)} required data-testid="save-as-name" />
        </p>
        <p>
          <label htmlFor={`${id}-into`}>Into</label>
          <select id={`${id}-into`} className="input" value={parentId} onChange={(event) => setPicked(event.target.value)} data-testid="save-as-target">
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.label}
              </option>
            ))}
            <option value={NEW_COLLECTION}>A new collection…</option>
          </select>
        </p>
        {parentId === NEW_COLLECTION && (
          <p>
            <label htmlFor={`${id}-collection`}>New collection</label>
            <input id={`${id}-collection`} className="input" value={newCollection} placeholder="My requests" onChange={(event) => setNewCollection(event.target.value)} data-testid="save-as-new-collection" />
          </p>
        )}
        {collections.error && (
          <p className="alert alert-error" role="alert" data-testid="save-as-error">
            Not saved: {collections.error.message} The request is still in its tab.
          </p>
        )}
        <div className="confirm-actions">
          <button type="submit" className="button button-primary" disabled={saving || name.trim() === ''} data-testid="save-as-save">
            Save
          </button>
          <button type="button" className="button" onClick={onCancel} data-testid="save-as-cancel">
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
