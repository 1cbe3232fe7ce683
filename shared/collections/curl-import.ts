/** Reads a pasted `curl` command (the common flags) into a saved request. */
import { newCollection, newSavedRequest } from './collection-tree';
import type { Auth, Body, FormPart, KeyValue, SavedRequest } from './format-v1';
import type { ImportOutcome } from './import-outcome';
import { shellWords } from './shell-words';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE']);
const DATA_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode']);
/** Flags that take a value Roundtrip has no use for; skipped with their value. */
const IGNORED_WITH_VALUE = new Set(['-o', '--output', '-A', '--user-agent', '-e', '--referer', '-m', '--max-time', '--connect-timeout', '-w', '--write-out', '--retry', '-c', '--cookie-jar', '--proxy', '-x', '--resolve', '--cacert', '--cert', '--key']);
const IGNORED = new Set(['-s', '--silent', '-S', '--show-error', '-v', '--verbose', '-i', '--include', '--compressed', '-f', '--fail', '-#', '--progress-bar', '-N', '--no-buffer', '--http1.1', '--http2', '-g', '--globoff']);

/** Short flags that take no value (curl lets them be combined: -sSL). */
const SHORT_SWITCHES = new Set(['s', 'S', 'v', 'i', 'k', 'L', 'f', 'G', 'I', 'N', 'g', '#']);
/** Short flags that take a value: in a combined word the rest of it, or else the next word, is the value. */
const SHORT_WITH_VALUE = new Set(['X', 'H', 'd', 'F', 'u', 'b', 'o', 'A', 'e', 'm', 'w', 'c', 'x']);

/** "-sSL" as "-s -S -L", and "-sXPUT" as "-s -XPUT", as curl reads them; other words stay as they are. */
export function splitShortFlags(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    if (!/^-[^-]{2,}/.test(word) || !SHORT_SWITCHES.has(word.charAt(1))) return [word];
    const out: string[] = [];
    for (let i = 1; i < word.length; i += 1) {
      const ch = word.charAt(i);
      if (SHORT_WITH_VALUE.has(ch)) {
        out.push(`-${word.slice(i)}`);
        return out;
      }
      out.push(`-${ch}`);
    }
    return out;
  });
}

export type CurlOutcome = { readonly ok: true; readonly request: SavedRequest; readonly warnings: readonly string[] } | { readonly ok: false; readonly message: string };

/** Parses one curl command line; `name` names the saved request (default: method and path). */
export function fromCurl(command: string, name?: string): CurlOutcome {
  const split = shellWords(command.trim());
  if (!split.ok) return { ok: false, message: `Could not read the curl command: ${split.message} Check the quoting and paste it again.` };
  const [program, ...words] = split.words;
  const args = splitShortFlags(words);
  if (program === undefined || !/(^|[\\/])curl(\.exe)?$/.test(program)) return { ok: false, message: 'This is not a curl command: it should start with "curl". Paste a command such as: curl -X POST https://api.example.com/items -d \'{"name":"pen"}\'' };
  const warnings: string[] = [];
  let method: string | undefined;
  let url: string | undefined;
  const headers: KeyValue[] = [];
  const data: string[] = [];
  let dataFile: string | undefined;
  const parts: FormPart[] = [];
  let auth: Auth = { type: 'inherit' };
  let insecure = false;
  let follow = false;
  let getWithData = false;
  for (let i = 0; i < args.length; i += 1) {
    const raw = args[i] ?? '';
    // "--header=X: y" and "-XPOST" forms.
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : /^-[A-Za-z]./.test(raw) && SHORT_WITH_VALUE.has(raw.charAt(1)) ? raw.slice(0, 2) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : flag !== raw ? raw.slice(2) : undefined;
    const value = (): string | undefined => (inline !== undefined ? inline : args[++i]);
    if (flag === '-X' || flag === '--request') method = value()?.toUpperCase();
    else if (flag === '-H' || flag === '--header') {
      const header = value() ?? '';
      const colon = header.indexOf(':');
      if (colon > 0) headers.push({ name: header.slice(0, colon).trim(), value: header.slice(colon + 1).trim() });
      else warnings.push(`The header "${header}" has no colon; it was left out.`);
    } else if (DATA_FLAGS.has(flag)) {
      const v = value() ?? '';
      if (flag !== '--data-raw' && v.startsWith('@')) dataFile = v.slice(1);
      else data.push(flag === '--data-urlencode' ? urlencodeData(v) : v);
    } else if (flag === '-F' || flag === '--form' || flag === '--form-string') parts.push(formPart(value() ?? '', flag === '--form-string'));
    else if (flag === '-u' || flag === '--user') {
      const v = value() ?? '';
      const colon = v.indexOf(':');
      auth = { type: 'basic', username: colon < 0 ? v : v.slice(0, colon), password: colon < 0 ? '' : v.slice(colon + 1) };
    } else if (flag === '--url') url = value();
    else if (flag === '-b' || flag === '--cookie') headers.push({ name: 'Cookie', value: value() ?? '' });
    else if (flag === '-k' || flag === '--insecure') insecure = true;
    else if (flag === '-L' || flag === '--location') follow = true;
    else if (flag === '-G' || flag === '--get') getWithData = true;
    else if (flag === '-I' || flag === '--head') method = 'HEAD';
    else if (IGNORED.has(flag)) continue;
    else if (IGNORED_WITH_VALUE.has(flag)) i += inline === undefined ? 1 : 0;
    else if (raw.startsWith('-') && raw !== '-') warnings.push(`The option ${raw} is not supported; it was left out.`);
    else if (url === undefined) url = raw;
    else warnings.push(`Extra argument "${raw}" was left out (one URL per request).`);
  }
  if (url === undefined) return { ok: false, message: 'The curl command has no URL. Add one, e.g. curl https://api.example.com/items' };
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(url) && !url.startsWith('{{')) url = `http://${url}`;
  let body: Body = { mode: 'none' };
  if (getWithData && data.length > 0) {
    url += `${url.includes('?') ? '&' : '?'}${data.join('&')}`;
  } else if (parts.length > 0) {
    body = { mode: 'form-data', parts };
  } else if (dataFile !== undefined) {
    body = { mode: 'file', file: dataFile, ...takeContentType(headers) };
  } else if (data.length > 0) {
    body = { mode: 'raw', mediaType: takeContentType(headers).mediaType ?? 'application/x-www-form-urlencoded', text: data.join('&') };
  }
  const finalMethod = method ?? (getWithData ? 'GET' : body.mode === 'none' ? 'GET' : 'POST');
  if (!METHODS.has(finalMethod)) return { ok: false, message: `The curl command uses method ${finalMethod}, which Roundtrip does not send. Use one of ${[...METHODS].join(', ')}.` };
  return {
    ok: true,
    warnings,
    request: newSavedRequest({
      name: name ?? defaultName(finalMethod, url),
      method: finalMethod as SavedRequest['method'],
      url,
      headers,
      body,
      auth,
      settings: { followRedirects: follow, ...(insecure ? { allowInvalidCertificate: true } : {}) },
    }),
  };
}

/** Imports a file of curl commands (each starting a line with "curl") as one collection. */
export function collectionFromCurl(text: string, name: string): ImportOutcome {
  const commands = text.split(/\n(?=\s*curl\s)/).map((c) => c.trim()).filter((c) => c !== '' && !c.startsWith('#'));
  if (commands.length === 0) return { ok: false, message: 'No curl command found. The file should hold one or more commands, each starting with "curl".' };
  const warnings: string[] = [];
  const requests: SavedRequest[] = [];
  for (const [index, command] of commands.entries()) {
    const outcome = fromCurl(command);
    if (!outcome.ok) return { ok: false, message: commands.length > 1 ? `Command ${index + 1}: ${outcome.message}` : outcome.message };
    warnings.push(...outcome.warnings);
    requests.push(outcome.request);
  }
  return { ok: true, warnings, tree: { collection: newCollection(name), items: requests.map((request) => ({ kind: 'request' as const, request })) } };
}

function takeContentType(headers: KeyValue[]): { mediaType?: string } {
  const index = headers.findIndex((h) => h.name.toLowerCase() === 'content-type');
  if (index < 0) return {};
  const [header] = headers.splice(index, 1);
  return header ? { mediaType: header.value } : {};
}

function formPart(spec: string, literal: boolean): FormPart {
  const eq = spec.indexOf('=');
  const name = eq < 0 ? spec : spec.slice(0, eq);
  const rest = eq < 0 ? '' : spec.slice(eq + 1);
  if (literal || !rest.startsWith('@')) return { name, value: rest };
  const [file = '', ...attributes] = rest.slice(1).split(';');
  const type = attributes.find((a) => a.startsWith('type='))?.slice(5);
  return { name, file, ...(type ? { mediaType: type } : {}) };
}

function urlencodeData(value: string): string {
  const eq = value.indexOf('=');
  if (eq < 0) return encodeURIComponent(value);
  return `${value.slice(0, eq)}=${encodeURIComponent(value.slice(eq + 1))}`;
}

function defaultName(method: string, url: string): string {
  const path = url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '').split('?')[0] ?? '';
  return `${method} ${path || '/'}`;
}
