/**
 * Tokens from interactive logins, held by the main process: used while valid, refreshed with their
 * refresh token before they expire, written to a file only its owner can read so that `roundtrip
 * run` finds them, and cleared on request. A client secret stays in this process's memory only.
 */
import { readFile, stat, unlink } from 'node:fs/promises';
import { dueForRefresh } from '../../../shared/auth/token-status';
import { TOKEN_FILE_FORMAT, type StoredToken } from '../../../shared/auth/token-file';
import { originOf, withOrigins } from '../../../shared/auth/token-origins';
import { readVersioned } from '../../../shared/saved/versioned-file';
import { UserFacingError } from '../app-error';
import { writeFileAtomic } from '../fs/atomic-write';
import { withFileLock } from '../fs/file-lock';
import { fileVersionOf } from '../fs/file-version';
import { postTokenForm } from './token-endpoint';

/** What to tell the person when no usable token is left: the login they have to do. */
export function loginNeeded(settings: Pick<StoredToken, 'tokenUrl' | 'clientId'>, why: string): UserFacingError {
  return new UserFacingError(
    'login-needed',
    `${why} An interactive login is needed for client "${settings.clientId}" at ${settings.tokenUrl}: open the request in Roundtrip and use Log in (or the device code) in Auth; the token is then kept for runs.`,
  );
}

const stores = new Map<string, OAuthTokenStore>();

// How many replaced access tokens of one login are still guarded.
const MAX_RETIRED_PER_KEY = 8;

/** The one store of `file` in this process, so that the app's logins, sends and runs share what they refresh. */
export function tokenStoreAt(file: string): OAuthTokenStore {
  let store = stores.get(file);
  if (store === undefined) {
    store = new OAuthTokenStore(file);
    stores.set(file, store);
  }
  return store;
}

export class OAuthTokenStore {
  private tokens: Map<string, StoredToken> | undefined;
  private loadedVersion: string | undefined;
  private readonly secrets = new Map<string, string>();
  private readonly refreshing = new Map<string, Promise<StoredToken>>();
  /**
   * Access tokens this store held for a key before a refresh or a new login replaced them (here or in
   * another process): a page or a resend may still carry one, and the server may still take it until
   * it expires, so the guard before a send looks for them too, bound as the key's token is now.
   */
  private readonly retired = new Map<string, string[]>();

  /** `file` undefined keeps tokens in memory only. */
  constructor(
    private readonly file: string | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Keeps a token a login just obtained (replacing the one for the same settings). The origins the
   * replaced token was allowed to stay allowed: the person allowed them for these login settings.
   */
  async save(token: StoredToken, clientSecret?: string): Promise<void> {
    if (clientSecret !== undefined && clientSecret !== '') this.secrets.set(token.key, clientSecret);
    await this.update((tokens) => {
      this.replace(tokens, { ...token, origins: withOrigins(tokens.get(token.key)?.origins, ...(token.origins ?? [])) });
      return true;
    });
  }

  /** Allows the token for `key` to be sent to `origin` from now on (recorded in the file); login-needed when there is no token. */
  async allowOrigin(key: string, origin: string, describe: Pick<StoredToken, 'tokenUrl' | 'clientId'>): Promise<StoredToken> {
    if (originOf(origin) === undefined) throw new UserFacingError('invalid-input', `"${origin}" is not an http(s) origin such as https://api.example.com, so a token cannot be allowed to it.`);
    let allowed: StoredToken | undefined;
    await this.update((tokens) => {
      const token = tokens.get(key);
      if (token === undefined) return false;
      allowed = { ...token, origins: withOrigins(token.origins, origin) };
      tokens.set(key, allowed);
      return allowed.origins?.length !== token.origins?.length;
    });
    if (allowed === undefined) throw loginNeeded(describe, 'No OAuth token is stored for these settings yet.');
    return allowed;
  }

  /**
   * Stops the token for `key` from going to `origin` (recorded in the file): a send there is held and
   * asks again. The token with the origins left; login-needed when there is no token.
   */
  async revokeOrigin(key: string, origin: string, describe: Pick<StoredToken, 'tokenUrl' | 'clientId'>): Promise<StoredToken> {
    const removed = originOf(origin) ?? origin;
    let revoked: StoredToken | undefined;
    await this.update((tokens) => {
      const token = tokens.get(key);
      if (token === undefined) return false;
      revoked = { ...token, origins: (token.origins ?? []).filter((kept) => kept !== removed) };
      tokens.set(key, revoked);
      return revoked.origins?.length !== token.origins?.length;
    });
    if (revoked === undefined) throw loginNeeded(describe, 'No OAuth token is stored for these settings.');
    return revoked;
  }

  /**
   * Every access token a send must not carry to an unbound origin: each stored one, and those they
   * replaced (bound as their successor is now), with the login they belong to.
   */
  async guarded(): Promise<StoredToken[]> {
    const tokens = [...(await this.load()).values()];
    return [...tokens, ...tokens.flatMap((token) => (this.retired.get(token.key) ?? []).map((accessToken) => ({ ...token, accessToken })))];
  }

  /** The stored token for `key`, as it is (expired or not). */
  async peek(key: string): Promise<StoredToken | undefined> {
    return (await this.load()).get(key);
  }

  /** Every stored token, as it is. */
  async all(): Promise<StoredToken[]> {
    return [...(await this.load()).values()];
  }

  /** A token to send now: the stored one while it lasts, else refreshed; a login-needed error when neither. */
  async usable(key: string, describe: Pick<StoredToken, 'tokenUrl' | 'clientId'>): Promise<StoredToken> {
    const token = (await this.load()).get(key);
    if (token === undefined) throw loginNeeded(describe, 'No OAuth token is stored for these settings yet.');
    if (!dueForRefresh(token.expiresAt, this.now())) return token;
    if (token.refreshToken === undefined) {
      if (token.expiresAt !== undefined && token.expiresAt > this.now()) return token;
      throw loginNeeded(token, 'The OAuth token expired and the server gave no refresh token.');
    }
    return this.refresh(key);
  }

  /** Renews the token with its refresh token now (one request however many ask at once). */
  async refresh(key: string): Promise<StoredToken> {
    const running = this.refreshing.get(key);
    if (running !== undefined) return running;
    const work = this.renew(key).finally(() => this.refreshing.delete(key));
    this.refreshing.set(key, work);
    return work;
  }

  /** Forgets the token (and its refresh token); true when there was one. */
  async clear(key: string): Promise<boolean> {
    this.secrets.delete(key);
    this.retired.delete(key);
    return this.update((tokens) => tokens.delete(key));
  }

  private async renew(key: string): Promise<StoredToken> {
    const token = (await this.load()).get(key);
    if (token === undefined) throw new UserFacingError('login-unknown', 'There is no OAuth token to refresh for these settings (it was cleared). Log in again from Auth.');
    if (token.refreshToken === undefined) throw loginNeeded(token, 'The server gave this OAuth token no refresh token.');
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token.refreshToken });
    if (token.scopes) form.set('scope', token.scopes);
    const secret = this.secrets.get(key);
    const answer = await postTokenForm(token.refreshUrl ?? token.tokenUrl, form, { clientId: token.clientId, ...(secret === undefined ? {} : { clientSecret: secret }) }, this.now);
    if (!answer.ok) {
      // Another process (the app, a run) may have used and rotated this refresh token meanwhile: its new
      // token wins. Told under the file's lock, so a token saved just now is seen and never deleted.
      let rotated: StoredToken | undefined;
      await this.update((tokens) => {
        const current = tokens.get(key);
        if (current !== undefined && current.refreshToken !== token.refreshToken) {
          rotated = current;
          return false;
        }
        // A refused refresh token is dead (RFC 6749 5.2 invalid_grant): keeping it would fail every send the same way.
        return tokens.delete(key);
      });
      if (rotated !== undefined) return rotated;
      this.secrets.delete(key);
      throw loginNeeded(token, `The authorization server refused to refresh the OAuth token ("${answer.error}"${answer.description ? `: ${answer.description}` : ''}).`);
    }
    // Spread in this order so that a renewal without expires_in drops the old expiry rather than keeping it.
    const { expiresAt: _old, ...kept } = token;
    void _old;
    const next: StoredToken = {
      ...kept,
      accessToken: answer.token.accessToken,
      tokenType: answer.token.tokenType,
      obtainedAt: this.now(),
      // RFC 6749 6: a new refresh token replaces the old one; without one, the old one stays valid.
      refreshToken: answer.token.refreshToken ?? token.refreshToken,
      ...(answer.token.expiresAt === undefined ? {} : { expiresAt: answer.token.expiresAt }),
    };
    // Kept only over the token it renews: a login saved meanwhile by another process stays (this one still
    // serves the send that asked for it).
    let saved: StoredToken = next;
    await this.update((tokens) => {
      const current = tokens.get(key);
      if (current !== undefined && current.refreshToken !== token.refreshToken) return false;
      // An origin allowed or removed (here or by another process) while this one renewed stays so.
      saved = { ...next, origins: current?.origins ?? next.origins ?? [] };
      this.replace(tokens, saved);
      return true;
    });
    return saved;
  }

  /**
   * A read-modify-write of the file under its lock: the app and a run (or two runs) each keep tokens
   * for other settings, and a save from a copy read before another process's save would drop that one.
   * `change` says whether it changed anything; only then is the file written.
   */
  private async update(change: (tokens: Map<string, StoredToken>) => boolean): Promise<boolean> {
    const apply = async (): Promise<boolean> => {
      const changed = change(await this.load());
      if (changed) await this.persist();
      return changed;
    };
    return this.file === undefined ? apply() : withFileLock(this.file, apply);
  }

  private async load(): Promise<Map<string, StoredToken>> {
    // Another process (`roundtrip run`, a second window's host) may have refreshed a token since: read the file again then.
    const version = this.file === undefined ? undefined : await fileVersion(this.file);
    if (this.tokens !== undefined && version === this.loadedVersion) return this.tokens;
    const tokens = new Map<string, StoredToken>();
    if (this.file !== undefined && version !== undefined) {
      const text = await readFile(this.file, 'utf8').catch(() => undefined);
      if (text !== undefined) {
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          raw = undefined;
        }
        const read = readVersioned(raw, TOKEN_FILE_FORMAT);
        // An unreadable token file only costs a login: it is replaced at the next save.
        // A token kept before origins were recorded is bound to none: its first send anywhere asks (never adopts one).
        if (read.ok) for (const token of read.value.tokens) tokens.set(token.key, { ...token, origins: withOrigins([], ...(token.origins ?? [])) });
      }
    }
    // Another process refreshed or logged in again: the tokens it replaced are still guarded.
    for (const [key, before] of this.tokens ?? []) {
      const after = tokens.get(key);
      if (after !== undefined) this.retire(key, before.accessToken, after.accessToken);
    }
    this.tokens = tokens;
    this.loadedVersion = version;
    return tokens;
  }

  /** Sets `token` in `tokens`, remembering the access token it replaces. */
  private replace(tokens: Map<string, StoredToken>, token: StoredToken): void {
    const before = tokens.get(token.key);
    if (before !== undefined) this.retire(token.key, before.accessToken, token.accessToken);
    tokens.set(token.key, token);
  }

  private retire(key: string, accessToken: string, successor: string): void {
    if (accessToken === successor) return;
    const retired = (this.retired.get(key) ?? []).filter((kept) => kept !== accessToken && kept !== successor);
    // The oldest fall off: access tokens are short-lived, and one that old has expired.
    this.retired.set(key, [accessToken, ...retired].slice(0, MAX_RETIRED_PER_KEY));
  }

  private async persist(): Promise<void> {
    if (this.file === undefined || this.tokens === undefined) return;
    if (this.tokens.size === 0) await unlink(this.file).catch(() => undefined);
    else await writeFileAtomic(this.file, `${JSON.stringify({ version: TOKEN_FILE_FORMAT.version, tokens: [...this.tokens.values()] }, null, 2)}\n`, undefined, 0o600);
    this.loadedVersion = await fileVersion(this.file);
  }
}

/** The token file's version (each save is an atomic rename, so a new inode), or undefined when there is none. */
function fileVersion(file: string): Promise<string | undefined> {
  return stat(file).then(fileVersionOf, () => undefined);
}
