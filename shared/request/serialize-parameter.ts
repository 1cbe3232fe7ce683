/**
 * Parameter serialization as OpenAPI defines it (style, explode, allowReserved), after RFC 6570:
 * one value (empty, primitive, array or object) to its text in the path, query, header or cookie.
 */

/** A parameter value before serialization; object entries keep the order the person gave. */
export type ParamValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'primitive'; readonly value: string }
  | { readonly kind: 'array'; readonly items: readonly string[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, string])[] };

export interface SerializeOptions {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly style?: string;
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

/** What goes where: a path segment's text, query pairs ("a=1"), a header value, or cookie pairs. */
export type SerializedParam =
  | { readonly in: 'path'; readonly text: string }
  | { readonly in: 'query'; readonly pairs: readonly string[] }
  | { readonly in: 'header'; readonly text: string }
  | { readonly in: 'cookie'; readonly pairs: readonly string[] };

const DEFAULT_STYLE: Readonly<Record<SerializeOptions['in'], string>> = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' };

// RFC 3986 reserved characters, kept as they are when allowReserved is true.
const RESERVED = new Set(":/?#[]@!$&'()*+,;=");

/** Percent-encodes everything but the unreserved set; with `allowReserved` also keeps reserved characters and %XX triplets. */
export function encodeParamText(text: string, allowReserved = false): string {
  if (!allowReserved) return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (RESERVED.has(char)) out += char;
    else if (char === '%' && /^[0-9a-fA-F]{2}$/.test(`${chars[i + 1] ?? ''}${chars[i + 2] ?? ''}`)) out += char;
    else out += encodeParamText(char);
  }
  return out;
}

/** The style in effect: the parameter's, else the default of its location. */
export function effectiveStyle(options: SerializeOptions): string {
  return options.style ?? DEFAULT_STYLE[options.in];
}

/** The explode in effect: true by default for form style, false for every other (OpenAPI). */
export function effectiveExplode(options: SerializeOptions): boolean {
  return options.explode ?? effectiveStyle(options) === 'form';
}

function flatten(entries: readonly (readonly [string, string])[]): string[] {
  return entries.flatMap(([k, v]) => [k, v]);
}

function pathText(style: string, explode: boolean, name: string, value: ParamValue, enc: (s: string) => string): string {
  const n = enc(name);
  if (style === 'matrix') {
    if (value.kind === 'empty') return `;${n}`;
    if (value.kind === 'primitive') return `;${n}=${enc(value.value)}`;
    if (value.kind === 'array') return explode ? value.items.map((i) => `;${n}=${enc(i)}`).join('') : `;${n}=${value.items.map(enc).join(',')}`;
    return explode ? value.entries.map(([k, v]) => `;${enc(k)}=${enc(v)}`).join('') : `;${n}=${flatten(value.entries).map(enc).join(',')}`;
  }
  if (style === 'label') {
    if (value.kind === 'empty') return '.';
    if (value.kind === 'primitive') return `.${enc(value.value)}`;
    if (value.kind === 'array') return `.${value.items.map(enc).join(explode ? '.' : ',')}`;
    return explode ? value.entries.map(([k, v]) => `.${enc(k)}=${enc(v)}`).join('') : `.${flatten(value.entries).map(enc).join(',')}`;
  }
  return simpleText(explode, value, enc);
}

function simpleText(explode: boolean, value: ParamValue, enc: (s: string) => string): string {
  if (value.kind === 'empty') return '';
  if (value.kind === 'primitive') return enc(value.value);
  if (value.kind === 'array') return value.items.map(enc).join(',');
  return explode ? value.entries.map(([k, v]) => `${enc(k)}=${enc(v)}`).join(',') : flatten(value.entries).map(enc).join(',');
}

const DELIMITERS: Readonly<Record<string, string>> = { spaceDelimited: '%20', pipeDelimited: '|' };

function formPairs(style: string, explode: boolean, name: string, value: ParamValue, enc: (s: string) => string): string[] {
  const n = enc(name);
  if (value.kind === 'empty') return [`${n}=`];
  if (value.kind === 'primitive') return [`${n}=${enc(value.value)}`];
  if (style === 'deepObject') {
    if (value.kind === 'object') return value.entries.map(([k, v]) => `${n}[${enc(k)}]=${enc(v)}`);
    return value.items.map((i) => `${n}[]=${enc(i)}`);
  }
  const delimiter = DELIMITERS[style];
  if (delimiter !== undefined && !explode) {
    const parts = value.kind === 'array' ? value.items : flatten(value.entries);
    return [`${n}=${parts.map(enc).join(delimiter)}`];
  }
  if (value.kind === 'array') return explode ? value.items.map((i) => `${n}=${enc(i)}`) : [`${n}=${value.items.map(enc).join(',')}`];
  return explode ? value.entries.map(([k, v]) => `${enc(k)}=${enc(v)}`) : [`${n}=${flatten(value.entries).map(enc).join(',')}`];
}

/** Serializes one parameter value for its location. */
export function serializeParameter(options: SerializeOptions, value: ParamValue): SerializedParam {
  const style = effectiveStyle(options);
  const explode = effectiveExplode(options);
  switch (options.in) {
    case 'path':
      return { in: 'path', text: pathText(style, explode, options.name, value, (s) => encodeParamText(s)) };
    case 'query':
      return { in: 'query', pairs: formPairs(style, explode, options.name, value, (s) => encodeParamText(s, options.allowReserved === true)) };
    case 'header':
      // Header values are not percent-encoded: HTTP carries them as they are.
      return { in: 'header', text: simpleText(explode, value, (s) => s) };
    case 'cookie':
      // Cookie values are encoded so that ";", "," and spaces cannot split the Cookie header.
      return { in: 'cookie', pairs: formPairs('form', explode, options.name, value, (s) => encodeParamText(s)) };
  }
}
