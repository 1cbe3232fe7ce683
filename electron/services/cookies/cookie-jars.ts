/**
 * The cookie jars of the app, one per environment, kept in cookies.json in the data folder
 * (readable by the user alone, like the secrets files). Writes are coalesced: a burst of
 * answers that set cookies ends in one write of the latest state.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Cookie, CookieJar } from 'tough-cookie';
import { COOKIES_FILE, type CookiesFile, type CookieView } from '../../../shared/cookies/cookie-model';
import { nodeFs, writeFileAtomic } from '../fs/atomic-write';
import { readVersionedFile } from '../fs/read-versioned-file';
import { sendCookies, type SendCookies } from './send-cookies';
import { cookieFromView, cookieView } from './cookie-view';

const FILE_NAME = 'cookies.json';

/** Reads and writes the per-environment jars of one data folder. */
export class CookieJars {
  private loaded: Promise<Map<string, CookieJar>> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private writeQueued = false;

  constructor(private readonly dataDir: string) {}

  /** The send hooks of jar `id` (an environment's id), ready once the file is read. */
  async forSend(id: string): Promise<SendCookies> {
    return sendCookies(await this.jar(id), () => this.changed());
  }

  /** The cookies of jar `id`, by domain, then path, then name. */
  async list(id: string): Promise<CookieView[]> {
    const cookies = await (await this.jar(id)).store.getAllCookies();
    return cookies.map(cookieView).sort((a, b) => a.domain.localeCompare(b.domain) || a.path.localeCompare(b.path) || a.name.localeCompare(b.name));
  }

  /** Adds or replaces one cookie by hand (the viewer's edit), then lists the jar. */
  async set(id: string, view: CookieView, replacing?: { name: string; domain: string; path: string }): Promise<CookieView[]> {
    const jar = await this.jar(id);
    const cookie = cookieFromView(view);
    if (replacing !== undefined) await jar.store.removeCookie(replacing.domain, replacing.path, replacing.name);
    // Stored as given: the jar's domain rules serve responses, while a person may set any domain.
    await jar.store.putCookie(cookie);
    this.changed();
    return this.list(id);
  }

  /** Removes one cookie, then lists the jar. */
  async remove(id: string, name: string, domain: string, path: string): Promise<CookieView[]> {
    await (await this.jar(id)).store.removeCookie(domain, path, name);
    this.changed();
    return this.list(id);
  }

  /** Empties jar `id`; answers how many cookies were removed. */
  async clear(id: string): Promise<number> {
    const jar = await this.jar(id);
    const count = (await jar.store.getAllCookies()).length;
    await jar.store.removeAllCookies();
    this.changed();
    return count;
  }

  /** Settles when every change so far is on disk (tests, and the app before it quits). */
  flushed(): Promise<void> {
    return this.writing;
  }

  private async jar(id: string): Promise<CookieJar> {
    const jars = await (this.loaded ??= this.read());
    let jar = jars.get(id);
    if (jar === undefined) {
      jar = new CookieJar();
      jars.set(id, jar);
    }
    return jar;
  }

  private async read(): Promise<Map<string, CookieJar>> {
    const path = join(this.dataDir, FILE_NAME);
    const file = await readVersionedFile(path, COOKIES_FILE, 'bad-cookie', 'the jars start empty without it').catch((error: unknown) => {
      // Read again at the next use, once the file is fixed.
      this.loaded = undefined;
      throw error;
    });
    if (file === undefined) return new Map();
    const jars = new Map<string, CookieJar>();
    for (const [id, cookies] of Object.entries(file.jars)) {
      const jar = new CookieJar();
      for (const stored of cookies) {
        const cookie = Cookie.fromJSON(stored);
        // One cookie a later version wrote differently is dropped, not the whole jar.
        if (cookie !== undefined) await jar.store.putCookie(cookie);
      }
      jars.set(id, jar);
    }
    return jars;
  }

  private changed(): void {
    if (this.writeQueued) return;
    this.writeQueued = true;
    this.writing = this.writing.then(async () => {
      this.writeQueued = false;
      await this.write().catch((error: unknown) => console.error(`Could not save the cookie jar: ${error instanceof Error ? error.message : String(error)}`));
    });
  }

  private async write(): Promise<void> {
    const jars = await (this.loaded ??= this.read());
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const [id, jar] of jars) {
      // Expired cookies are not worth a byte on disk.
      const cookies = (await jar.store.getAllCookies()).filter((cookie) => cookie.TTL() > 0);
      if (cookies.length > 0) out[id] = cookies.map((cookie) => cookie.toJSON());
    }
    const file: CookiesFile = { version: 1, jars: out };
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(join(this.dataDir, FILE_NAME), `${JSON.stringify(file)}\n`, nodeFs, 0o600);
  }
}
