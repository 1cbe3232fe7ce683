import { createHash } from 'node:crypto';

// Implements the server side of draft-ietf-httpapi-idempotency-key-header for POST /items:
// the first request with a key has its response remembered together with a fingerprint of
// its body; a retry with the same key and body gets that response again instead of a second
// item; the same key with another body is a client error (422); a retry that arrives while
// the first is still being handled is a conflict (409).

/** The response a key stands for, replayed verbatim to retries. */
export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** What `begin` found: go ahead (the key is now reserved), replay, or refuse. */
export type KeyLookup =
  | { kind: 'new' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/** The draft leaves the expiry to the server; 24 hours matches common practice (Stripe, Adyen). */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

const MAX_KEY_LENGTH = 255;

interface Entry {
  fingerprint: string;
  storedAt: number;
  response: StoredResponse | undefined;
}

export interface IdempotencyKeysOptions {
  ttlMs?: number;
  /** Bounds memory: past this many keys the oldest is forgotten first. */
  maxKeys?: number;
  now?: () => number;
}

/** Remembers idempotency keys and their responses in memory; expired keys are dropped lazily on use. */
export class IdempotencyKeys {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: IdempotencyKeysOptions = {}) {
    this.ttlMs = options.ttlMs ?? IDEMPOTENCY_KEY_TTL_MS;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Looks a key up; when it is new (or expired), reserves it as in progress until `complete` or `release`. */
  begin(key: string, fingerprint: string): KeyLookup {
    this.dropExpired();
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      if (entry.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (entry.response === undefined) return { kind: 'in-progress' };
      return { kind: 'replay', response: structuredClone(entry.response) };
    }
    while (this.entries.size >= this.maxKeys) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(key, { fingerprint, storedAt: this.now(), response: undefined });
    return { kind: 'new' };
  }

  /** Stores the response of a reserved key so that retries replay it. */
  complete(key: string, response: StoredResponse): void {
    const entry = this.entries.get(key);
    if (entry !== undefined) entry.response = structuredClone(response);
  }

  /** Forgets a reserved key whose request failed, so the client can fix the body and retry with the same key. */
  release(key: string): void {
    if (this.entries.get(key)?.response === undefined) this.entries.delete(key);
  }

  /** How many keys are remembered (in progress or completed). */
  get size(): number {
    return this.entries.size;
  }

  private dropExpired(): void {
    const cutoff = this.now() - this.ttlMs;
    // Insertion order is time order, so the expired keys are all at the front.
    for (const [key, entry] of this.entries) {
      if (entry.storedAt > cutoff) break;
      this.entries.delete(key);
    }
  }
}

/** The parsed header: no key, a key, or why the value is unusable. */
export type ParsedKey = { ok: true; key: string | undefined } | { ok: false; message: string };

/**
 * Reads an Idempotency-Key header. The draft defines it as a Structured Field string
 * (`"8e03978e-..."`, quoted); many clients send the bare value, so both are accepted.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): ParsedKey {
  const values = header === undefined ? [] : Array.isArray(header) ? header : [header];
  if (values.length === 0) return { ok: true, key: undefined };
  if (values.length > 1) return { ok: false, message: 'Send exactly one Idempotency-Key header.' };
  const raw = (values[0] ?? '').trim();
  let key = raw;
  if (raw.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\["\\])*"$/.test(raw)) return { ok: false, message: `Idempotency-Key ${raw} is not a valid quoted string.` };
    key = raw.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !/^[\x20-\x7e]+$/.test(key)) {
    return {
      ok: false,
      message: `Idempotency-Key must be 1 to ${MAX_KEY_LENGTH} printable ASCII characters; a UUID works well, e.g. "8e03978e-40d5-43e8-bc93-6894a57f9324".`,
    };
  }
  return { ok: true, key };
}

/** A stable digest of a JSON body: key order and whitespace do not change it. */
export function fingerprintBody(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
