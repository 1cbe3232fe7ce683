import type { ResponseSnapshot } from '../../../../shared/request/request-model';
import { formatBytes } from '../format-response';
import { bodyFileName } from '../save-download';
import { useSaveBodyFile } from '../use-save-body-file';

interface Props {
  readonly response: ResponseSnapshot;
}

/** What the person must know about the body before reading it: cut at a cap, or kept on disk (with Save). */
export function ResponseNotes({ response }: Props) {
  const { bodyFile, bodyNote } = response;
  const { state, save } = useSaveBodyFile(bodyFile, response.contentType, bodyFileName(response.url, response.contentType));
  if (!bodyFile && bodyNote === undefined) return null;
  return (
    <div className="alert alert-warning response-notes" data-testid="response-notes">
      {bodyNote !== undefined && <p className="alert-message">{bodyNote}</p>}
      {bodyFile && (
        <>
          <p className="alert-message">
            The body ({formatBytes(bodyFile.bytes)}) is larger than the in-memory limit, so it was written whole to a temp file; below is its beginning.
          </p>
          <button type="button" className="button button-small" onClick={save} disabled={state.kind === 'saving'} data-testid="save-body-file">
            {state.kind === 'saving' ? `Saving… ${formatBytes(state.savedBytes)} of ${formatBytes(bodyFile.bytes)}` : 'Save whole body…'}
          </button>
          {state.kind === 'failed' && <p className="alert-message">{state.message}</p>}
        </>
      )}
    </div>
  );
}
