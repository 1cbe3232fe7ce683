import { useId } from 'react';
import { recentCollectionLabel } from '../../../../shared/collections/recent-collections';
import type { RecentCollectionsState } from '../use-recent-collections';

interface Props {
  readonly state: RecentCollectionsState;
  readonly onOpen: (root: string) => void;
  /** On the start screen an empty list shows nothing; in the drawer it says so. */
  readonly emptyText?: string;
  /** Extra classes (the start screen's card). */
  readonly className?: string;
  /** The heading (and the region's name): the drawer's differs so two lists on screen are told apart. */
  readonly title?: string;
}

/** The collections folders opened lately: open one again with a click; a folder that is gone can be forgotten. */
export function RecentCollections({ state, onOpen, emptyText, className, title = 'Recent collections' }: Props) {
  const headingId = useId();
  const { recent, error } = state;
  const items = recent?.items ?? [];
  if (items.length === 0 && !recent?.notice && !error && emptyText === undefined) return null;
  return (
    <section className={className ? `recent-collections ${className}` : 'recent-collections'} aria-labelledby={headingId} data-testid="recent-collections">
      <h2 id={headingId} className="form-section-title">
        {title}
      </h2>
      {recent?.notice && (
        <p className="alert" role="status" data-testid="recent-collections-notice">
          {recent.notice}
        </p>
      )}
      {error && (
        <p className="alert alert-error" role="alert">
          {error.message}
        </p>
      )}
      {items.length === 0 && emptyText !== undefined && <p className="muted">{emptyText}</p>}
      {items.length > 0 && (
        <ul className="recent-list">
          {items.map((item) => {
            const label = recentCollectionLabel(item);
            return (
              <li key={item.root} className="recent-collection-row" data-testid="recent-collection" data-missing={item.missing}>
                {item.missing ? (
                  <div className="recent-item recent-item-missing">
                    <span className="recent-title">
                      {label} <span className="chip chip-warning">Folder not found</span>
                    </span>
                    <span className="recent-location">{item.root}</span>
                    <span className="muted recent-note">Moved, renamed or deleted since it was last opened.</span>
                  </div>
                ) : (
                  <button type="button" className="recent-item" onClick={() => onOpen(item.root)} title={item.root} aria-current={item.current ? 'true' : undefined}>
                    <span className="recent-title">
                      {label} {item.current && <span className="chip chip-muted">In use</span>}
                    </span>
                    <span className="recent-location">{item.root}</span>
                  </button>
                )}
                {item.missing && (
                  <button type="button" className="button button-small button-ghost" onClick={() => state.forget(item.root)} aria-label={`Forget ${label} (${item.root})`}>
                    Forget
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
