interface Props {
  /** "assertion 2", for the buttons' names. */
  readonly what: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (to: number) => void;
  readonly onRemove: () => void;
  /** Prefix of the buttons' ids, so focus can follow a moved row. */
  readonly idPrefix: string;
}

/** Move up, move down and delete for one row of the Tests tab. */
export function RowControls({ what, index, count, onMove, onRemove, idPrefix }: Props) {
  const move = (to: number, direction: 'up' | 'down') => {
    onMove(to);
    // The row moved: the same button on its new line keeps the focus, so pressing again moves it on.
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-${to}-${direction}`)?.focus());
  };
  return (
    <span className="tests-row-controls">
      <button type="button" id={`${idPrefix}-${index}-up`} className="button button-small button-ghost" aria-label={`Move ${what} up`} title="Move up" disabled={index === 0} onClick={() => move(index - 1, 'up')}>
        ↑
      </button>
      <button type="button" id={`${idPrefix}-${index}-down`} className="button button-small button-ghost" aria-label={`Move ${what} down`} title="Move down" disabled={index === count - 1} onClick={() => move(index + 1, 'down')}>
        ↓
      </button>
      <button type="button" className="button button-small button-ghost" aria-label={`Delete ${what}`} title="Delete" onClick={onRemove} data-testid="tests-delete">
        ✕
      </button>
    </span>
  );
}
