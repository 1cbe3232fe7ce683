import type { RecentSpec } from '../../../../shared/model/api-model';

interface Props {
  readonly recent: readonly RecentSpec[];
  readonly disabled: boolean;
  readonly onOpen: (location: string) => void;
}

/** The documents opened lately, to open again with one click. */
export function RecentSpecs({ recent, disabled, onOpen }: Props) {
  if (recent.length === 0) return null;
  return (
    <div className="recent-specs">
      <h2 className="form-section-title">Recent</h2>
      <ul className="recent-list" data-testid="recent-specs">
        {recent.map((item) => (
          <li key={item.location}>
            <button type="button" className="recent-item" onClick={() => onOpen(item.location)} disabled={disabled} title={item.location} data-testid="recent-spec">
              <span className="recent-title">{item.title}</span>
              <span className="recent-location">{item.location}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
