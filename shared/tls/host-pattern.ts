/**
 * Host patterns for per-host TLS settings: `api.corp.example`, `*.corp.example` (any name below
 * it, not the name itself) and an optional `:port`; `*` alone is every host (the command line's certificate). The most specific pattern wins, so a setting
 * for one host can override the one for its whole domain.
 */

/** A pattern as typed, lower-cased and trimmed; undefined with a reason when it cannot match anything. */
export function hostPatternProblem(pattern: string): string | undefined {
  const trimmed = pattern.trim();
  if (trimmed === '') return 'The host is empty: give a host name such as api.corp.example or *.corp.example.';
  if (/[/\s]|^[a-z][a-z\d+.-]*:\/\//i.test(trimmed)) return `"${trimmed}" is not a host: give the name only (api.corp.example or *.corp.example), without scheme or path.`;
  const { host } = splitPort(trimmed.toLowerCase());
  if (host !== '*' && (host.slice(2).includes('*') || (host.includes('*') && !host.startsWith('*.')))) return `"${trimmed}" has a * that is not at the start: write *.corp.example for every host below corp.example.`;
  return undefined;
}

interface SplitPattern {
  readonly host: string;
  readonly port?: string;
}

function splitPort(value: string): SplitPattern {
  // [::1]:8443 and host:8443; a bare IPv6 address has more than one colon and no port.
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  if (bracketed) return bracketed[2] === undefined ? { host: bracketed[1] ?? '' } : { host: bracketed[1] ?? '', port: bracketed[2] };
  const colon = value.lastIndexOf(':');
  if (colon > 0 && value.indexOf(':') === colon && /^\d+$/.test(value.slice(colon + 1))) return { host: value.slice(0, colon), port: value.slice(colon + 1) };
  return { host: value };
}

/** How well `pattern` matches `hostname` (and `port`): -1 for no match, higher for more specific. */
export function hostMatchScore(pattern: string, hostname: string, port: string): number {
  const wanted = splitPort(pattern.trim().toLowerCase());
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (wanted.port !== undefined && wanted.port !== port) return -1;
  const portBonus = wanted.port === undefined ? 0 : 1;
  if (wanted.host.startsWith('*.')) {
    const suffix = wanted.host.slice(1);
    // Only names below the domain: *.corp.example does not cover corp.example itself.
    if (!host.endsWith(suffix) || host.length === suffix.length) return -1;
    return suffix.length * 2 + portBonus;
  }
  if (wanted.host === '*') return portBonus;
  return wanted.host === host ? 10_000 + portBonus : -1;
}

/** The entry whose host pattern matches `url` best (exact host over wildcard, with port over without). */
export function bestHostMatch<T extends { readonly host: string }>(entries: readonly T[], url: URL): T | undefined {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  let best: T | undefined;
  let bestScore = -1;
  for (const entry of entries) {
    const score = hostMatchScore(entry.host, url.hostname, port);
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}
