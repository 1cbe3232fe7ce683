import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CookieJars } from '../../../../../electron/services/cookies/cookie-jars';

const setCookie = (value: string) => [{ name: 'Set-Cookie', value }];

describe('cookie-jars', () => {
  it('keeps one jar per environment in cookies.json, read back by the next start', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roundtrip-jars-'));
    const jars = new CookieJars(dir);
    (await jars.forSend('dev')).store('https://api.test/login', setCookie('sid=dev-1; Path=/; HttpOnly'));
    (await jars.forSend('prod')).store('https://api.test/login', setCookie('sid=prod-1; Max-Age=0'));
    await jars.flushed();
    const file = JSON.parse(await readFile(path.join(dir, 'cookies.json'), 'utf8')) as { version: number; jars: Record<string, unknown[]> };
    expect(file.version).toBe(1);
    expect(Object.keys(file.jars)).toEqual(['dev']);
    expect((await stat(path.join(dir, 'cookies.json'))).mode & 0o777).toBe(0o600);
    const again = new CookieJars(dir);
    expect((await again.forSend('dev')).cookieHeader('https://api.test/x')).toBe('sid=dev-1');
    expect((await again.forSend('prod')).cookieHeader('https://api.test/x')).toBe('');
    expect(await again.list('dev')).toMatchObject([{ name: 'sid', value: 'dev-1', httpOnly: true }]);
    expect(await again.clear('dev')).toBe(1);
    expect(await again.list('dev')).toEqual([]);
  });

  it('refuses a jar file a newer version wrote, and leaves it as it is', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roundtrip-jars-'));
    await writeFile(path.join(dir, 'cookies.json'), '{"version":9,"jars":{}}');
    await expect(new CookieJars(dir).list('dev')).rejects.toThrow(/newer than this Roundtrip understands/);
    expect(await readFile(path.join(dir, 'cookies.json'), 'utf8')).toBe('{"version":9,"jars":{}}');
  });
});
