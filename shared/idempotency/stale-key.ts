/**
 * Whether an editor's Idempotency-Key may still go with (or be saved beside) the request the editor holds.
 * A key names one logical request: the one it went out with, or the one a file holds it beside. Sent or
 * saved with anything else, a server that honours keys replays the earlier answer or refuses (422).
 */

/** Why the key no longer fits: it went out with another request ('sent'), or a file holds it beside another one ('saved'). */
export type StaleKey = 'sent' | 'saved';

export interface KeyUses {
  /** The key the editor holds now. */
  readonly key: string;
  /** The person pinned the key: it stays whatever changes. */
  readonly pinned: boolean;
  /** What the editor would send now (requestFingerprint). */
  readonly fingerprint: string;
  /** The last request that reached the server: its key and fingerprint. */
  readonly delivered?: { readonly key?: string; readonly fingerprint: string };
  /** What the editor's form says now (a form's intent: fields, body, base), to compare with `named`. */
  readonly intent: string;
  /** The key a file holds and the intent of the request beside it (opened from, or saved to, that file). */
  readonly named?: { readonly key: string; readonly intent: string };
}

/**
 * 'sent' when the key went out last with another method, URL or body; else 'saved' when it has not gone out
 * since and a file holds it beside another request; undefined when it still fits (or is pinned).
 */
export function staleKey(uses: KeyUses): StaleKey | undefined {
  if (uses.pinned) return undefined;
  const sentWithIt = uses.delivered !== undefined && uses.delivered.key === uses.key;
  if (sentWithIt) return uses.delivered?.fingerprint === uses.fingerprint ? undefined : 'sent';
  return uses.named !== undefined && uses.named.key === uses.key && uses.named.intent !== uses.intent ? 'saved' : undefined;
}
