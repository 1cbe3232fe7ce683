/** What every row of the Tests tab gets: its item, its place in the list, its last result and its edits. */
import type { LastResult } from '../../../../shared/runner/last-results';
import type { SavedCheck } from '../../../../shared/runner/test-edits';

export interface TestsRowProps {
  readonly check: SavedCheck;
  readonly index: number;
  readonly count: number;
  readonly result?: LastResult;
  readonly onChange: (check: SavedCheck) => void;
  readonly onMove: (to: number) => void;
  readonly onRemove: () => void;
  /** Prefix of the row's element ids (its buttons, its result). */
  readonly idPrefix: string;
}
