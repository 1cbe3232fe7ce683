/**
 * The web-standard globals that Node 20 and every browser have, which shared/ may use
 * although tsconfig.shared.json loads neither the DOM lib nor @types/node.
 *
 * Only the members shared code uses are declared. The interfaces merge with the DOM's
 * (or Node's) when those are loaded, so every member here must have the DOM's exact type.
 * The `var`s use the trick of @types/node: when the DOM lib is present (`onmessage`
 * exists on globalThis) they take its type, so the redeclaration is identical and legal.
 */

interface URLSearchParams {
  append(name: string, value: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string, value?: string): boolean;
  set(name: string, value: string): void;
  toString(): string;
}

interface URL {
  href: string;
  protocol: string;
  host: string;
  hostname: string;
  pathname: string;
  search: string;
  hash: string;
  readonly origin: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
}

interface SharedUrlConstructor {
  readonly prototype: URL;
  new (url: string | URL, base?: string | URL): URL;
}

interface SharedUrlSearchParamsConstructor {
  readonly prototype: URLSearchParams;
  new (init?: string | Record<string, string>): URLSearchParams;
}

// eslint-disable-next-line no-var -- only a `var` can redeclare lib.dom's and @types/node's global.
declare var URL: typeof globalThis extends { onmessage: unknown; URL: infer T } ? T : SharedUrlConstructor;

// eslint-disable-next-line no-var -- as above.
declare var URLSearchParams: typeof globalThis extends { onmessage: unknown; URLSearchParams: infer T }
  ? T
  : SharedUrlSearchParamsConstructor;
