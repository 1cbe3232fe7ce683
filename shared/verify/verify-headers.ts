/** Headers sent with every verify request, written as "Name: value" lines (the CLI's --header, the view's box). */
import { substitute } from '../environments/substitute';
import type { HeaderEntry } from '../request/request-model';

/** One "Name: value" line with {{variables}} substituted in the value, or undefined when it has no name. */
export function headerLine(line: string, variables: Readonly<Record<string, string>>): HeaderEntry | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  return { name: line.slice(0, colon).trim(), value: substitute(line.slice(colon + 1).trim(), variables).text };
}

/** The headers of a text box, one a line (blank lines skipped), or the first line that is not "Name: value". */
export function headerLines(text: string, variables: Readonly<Record<string, string>>): { headers: HeaderEntry[] } | { bad: string } {
  const headers: HeaderEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const header = headerLine(line, variables);
    if (header === undefined) return { bad: line.trim() };
    headers.push(header);
  }
  return { headers };
}
