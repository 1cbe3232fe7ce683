/** What a free-form, saved or imported request tab holds: the request document as the person types it. */
import type { SavedRequest } from '../../../shared/collections/format-v1';

/** The saved format's fields; a draft without `savedId` is not in a collection yet. */
export type RequestDraft = Omit<SavedRequest, 'format' | 'version' | 'name'> & {
  readonly name?: string;
  /** The saved request it came from: Ctrl/Cmd+S writes there and only there. */
  readonly savedId?: string;
  /** The person removed the automatic link to the open document's operation. */
  readonly unlinked?: boolean;
};

/** A new request: GET, no URL yet, nothing else. */
export function emptyDraft(): RequestDraft {
  return { method: 'GET', url: '', headers: [], body: { mode: 'none' }, auth: { type: 'none' } };
}

/** A saved (or imported) request as a draft, remembering where it came from. */
export function draftFromSaved(saved: SavedRequest, savedId?: string): RequestDraft {
  const rest: Partial<SavedRequest> = { ...saved };
  delete rest.format;
  delete rest.version;
  const draft = rest as RequestDraft;
  return savedId === undefined ? draft : { ...draft, savedId };
}

/** A draft as a saved request again (what its form is filled from once its operation's document is open). */
export function savedFromDraft(draft: RequestDraft): SavedRequest {
  const rest: { -readonly [K in keyof RequestDraft]: RequestDraft[K] } = { ...draft };
  delete rest.savedId;
  delete rest.unlinked;
  return { ...rest, name: draft.name ?? '', format: 'roundtrip.request', version: 1 };
}

/** The tab's title and the name Save as proposes: the saved name, else the URL's path (never its query), else "New request". */
export function draftTitle(draft: RequestDraft | undefined): string {
  if (draft === undefined) return 'New request';
  if (draft.name !== undefined && draft.name !== '') return draft.name;
  return urlLabel(draft.url) || 'New request';
}

/**
 * A URL as a request's name: its path (the origin is the same in every tab), else its origin without a
 * user's password; never its query, which may carry a credential (?access_token=…). "" for no URL.
 */
export function urlLabel(url: string): string {
  const trimmed = url.trim();
  const path = trimmed.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/s, '');
  if (path !== '') return path;
  return trimmed.replace(/[?#].*$/s, '').replace(/^([a-z][a-z\d+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** True when two drafts hold the same request (what counts as unsaved changes). */
export function sameDraft(a: RequestDraft | undefined, b: RequestDraft | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
