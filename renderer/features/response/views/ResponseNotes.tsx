import type { ResponseSnapshot } from '../../../../shared/request/request-model';
import { formatBytes } from '../format-response';

interface Props {
  readonly response: ResponseSnapshot;
}

/** What the person must know about the body before reading it: cut at a cap, or kept on disk. */
export function ResponseNotes({ response }: Props) {
  const { bodyFile, bodyNote } = response;
  if (!bodyFile && bodyNote === undefined) return null;
  return (
    <div className="alert alert-warning response-notes" data-testid="response-notes">
      {bodyNote !== undefined && <p className="alert-message">{bodyNote}</p>}
      {bodyFile && (
        <p className="alert-message">
          The body ({formatBytes(bodyFile.bytes)}) is larger than the in-memory limit, so it was written whole to <code>{bodyFile.path}</code>; below is its
          beginning.
        </p>
      )}
    </div>
  );
}
