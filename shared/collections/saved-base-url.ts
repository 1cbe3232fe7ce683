/**
 * Where a saved request sends: what its URL puts before its operation's path. Opened in the
 * operation's form, the request keeps going there, not to the document's server.
 */

/**
 * The part of `url` before a path that matches `template` ("{{baseUrl}}", "http://127.0.0.1:8000/v1"),
 * or undefined when the path does not match or nothing comes before it.
 */
export function savedBaseUrl(url: string, template: string): string | undefined {
  const withoutQuery = url.split('#')[0]?.split('?')[0] ?? '';
  // Braces are not escaped first, so each {name} is still whole when it becomes a segment pattern.
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^{}]+\}/g, '[^/]*');
  const match = new RegExp(`^(.*?)${pattern}/?$`, 's').exec(withoutQuery);
  const base = match?.[1]?.trim();
  return base === undefined || base === '' ? undefined : base;
}

/**
 * True when `base` is written with {{variables}} ("{{baseUrl}}", "{{host}}/api", "https://{{tenant}}.example.com"):
 * a save writes it back as written, not as the variables resolve today.
 */
export function baseHasVariables(base: string): boolean {
  return /\{\{[^{}]*\}\}/.test(base);
}
