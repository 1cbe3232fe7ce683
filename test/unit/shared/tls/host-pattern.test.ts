import { describe, expect, it } from 'vitest';
import { bestHostMatch, hostMatchScore, hostPatternProblem } from '../../../../shared/tls/host-pattern';

const match = (pattern: string, url: string): boolean => bestHostMatch([{ host: pattern }], new URL(url)) !== undefined;

describe('host-pattern', () => {
  it('matches an exact host whatever its case', () => {
    expect(match('API.corp.example', 'https://api.corp.example/x')).toBe(true);
    expect(match('api.corp.example', 'https://web.corp.example/x')).toBe(false);
  });

  it('matches names below a wildcard domain but not the domain itself', () => {
    expect(match('*.corp.example', 'https://api.corp.example/')).toBe(true);
    expect(match('*.corp.example', 'https://a.b.corp.example/')).toBe(true);
    expect(match('*.corp.example', 'https://corp.example/')).toBe(false);
    expect(match('*.corp.example', 'https://evilcorp.example/')).toBe(false);
  });

  it('honours a port when the pattern gives one, the scheme default otherwise', () => {
    expect(match('localhost:8443', 'https://localhost:8443/')).toBe(true);
    expect(match('localhost:8443', 'https://localhost:9443/')).toBe(false);
    expect(match('localhost:443', 'https://localhost/')).toBe(true);
    expect(match('localhost', 'https://localhost:9443/')).toBe(true);
    expect(match('[::1]:8443', 'https://[::1]:8443/')).toBe(true);
  });

  it('prefers the exact host over a wildcard, and a longer wildcard over a shorter one', () => {
    const entries = [{ host: '*.example' }, { host: '*.corp.example' }, { host: 'api.corp.example' }];
    expect(bestHostMatch(entries, new URL('https://api.corp.example/'))?.host).toBe('api.corp.example');
    expect(bestHostMatch(entries, new URL('https://web.corp.example/'))?.host).toBe('*.corp.example');
    expect(bestHostMatch(entries, new URL('https://shop.example/'))?.host).toBe('*.example');
    expect(bestHostMatch(entries, new URL('https://other.test/'))).toBeUndefined();
  });

  it('keeps the first of two equally specific entries (a run layers its own first)', () => {
    expect(bestHostMatch([{ host: 'a.test', id: 1 }, { host: 'A.test', id: 2 }], new URL('https://a.test/'))?.id).toBe(1);
    expect(hostMatchScore('a.test:8443', 'a.test', '8443')).toBeGreaterThan(hostMatchScore('a.test', 'a.test', '8443'));
  });

  it('names what is wrong with a pattern that cannot match', () => {
    expect(hostPatternProblem('')).toMatch(/empty/);
    expect(hostPatternProblem('https://api.corp.example')).toMatch(/without scheme/);
    expect(hostPatternProblem('api.*.example')).toMatch(/not at the start/);
    expect(hostPatternProblem('*.corp.example')).toBeUndefined();
    expect(hostPatternProblem('localhost:8443')).toBeUndefined();
  });
});
