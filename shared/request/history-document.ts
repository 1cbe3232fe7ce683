/** A history entry as a request document: what was sent, without the credentials history never kept. */
import type { Auth, Body, SavedRequest } from '../collections/format-v1';
import type { HistoryRequest, SigningRecord } from '../response/history-entry';

export interface HistoryDocument {
  readonly document: Pick<SavedRequest, 'method' | 'url' | 'headers' | 'body' | 'auth'> & Partial<Pick<SavedRequest, 'operation' | 'settings'>>;
  /** Headers history stored as [redacted]: left out, to come from the current auth and environment. */
  readonly withheld: readonly string[];
  /** Why the body could not be carried over (a staged file), if so. */
  readonly bodyNote?: string;
}

/** The document for a logged request; `opKey` links it to the operation it was sent from. */
export function documentFromHistory(request: HistoryRequest, opKey?: string): HistoryDocument {
  const withheld = request.headers.filter((h) => h.redacted === true).map((h) => h.name);
  // A withheld credential stays as a switched-off placeholder: the auth's header takes its place, so the order is as sent.
  const headers = request.headers.map(({ name, value, redacted }) => (redacted === true ? { name, value: '', disabled: true, description: 'Not kept by history: taken from the current auth.' } : { name, value }));
  const { body, note } = bodyOf(request.body);
  const signing = signingAuth(request.signing);
  return {
    document: {
      method: request.method,
      url: request.url,
      headers,
      body,
      auth: signing?.auth ?? { type: 'none' },
      ...(opKey === undefined ? {} : { operation: { key: opKey } }),
      ...(request.timeoutMs === undefined ? {} : { settings: { timeoutMs: request.timeoutMs } }),
    },
    withheld: signing === undefined ? withheld : [...withheld, ...signing.withheld],
    ...(note === undefined ? {} : { bodyNote: note }),
  };
}

/**
 * The signing auth to reopen with: who and for what as recorded, the secrets left empty to be filled
 * in (history never kept them). The signed headers history shows are not carried: the request is
 * signed afresh, with a new date and signature, when it is sent.
 */
function signingAuth(signing: SigningRecord | undefined): { auth: Auth; withheld: string[] } | undefined {
  if (signing === undefined) return undefined;
  if (signing.kind === 'digest') return { auth: { type: 'digest', username: signing.username, password: '' }, withheld: ['Digest password'] };
  return {
    // An empty session token would be sent as one; the withheld list names it instead.
    auth: { type: 'awsv4', accessKey: signing.accessKey, secretKey: '', region: signing.region, service: signing.service },
    withheld: ['AWS secret key', ...(signing.withSessionToken ? ['AWS session token'] : [])],
  };
}

function bodyOf(body: HistoryRequest['body']): { body: Body; note?: string } {
  if (body === undefined) return { body: { mode: 'none' } };
  if (body.fileId !== undefined) return { body: { mode: 'none' }, note: 'The body was a file, which history does not keep: pick it again to send it.' };
  if (body.parts !== undefined) {
    const files = body.parts.filter((p) => p.fileId !== undefined).map((p) => p.name);
    return {
      body: { mode: 'form-data', parts: body.parts.filter((p) => p.fileId === undefined).map((p) => ({ name: p.name, value: p.value ?? '', ...(p.mediaType === undefined ? {} : { mediaType: p.mediaType }) })) },
      ...(files.length > 0 ? { note: `File parts (${files.join(', ')}) are not kept by history and were left out.` } : {}),
    };
  }
  return { body: { mode: 'raw', mediaType: body.mediaType, text: body.text } };
}
