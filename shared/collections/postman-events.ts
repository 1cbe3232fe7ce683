/**
 * Postman's scripts ("event" lists on the collection, folders and requests) as a request's
 * assertions, captures and script notes. Collection and folder test scripts run after every
 * request below them in Postman, so each request gets their checks too.
 */
import type { Assertion, Capture } from '../runner/assertion-model';
import type { ScriptNote } from './format-v1';
import { preRequestNote, translateTestScript } from './postman-script-read';
import type { PmEvent } from './postman-types';

/** Scripts from one place: the collection, a folder or the request itself. */
export interface ScriptSource {
  /** How the import's messages name it: `the collection`, `folder "Users"`, `request "Get user"`. */
  readonly where: string;
  readonly events: readonly PmEvent[] | undefined;
}

export interface RequestScripts {
  readonly assertions?: Assertion[];
  readonly captures?: Capture[];
  readonly scriptNotes?: ScriptNote[];
}

/** What the scripts of `sources` (outermost first) become for `request`; each note is listed in `warnings`. */
export function requestScripts(request: string, sources: readonly ScriptSource[], warnings: string[]): RequestScripts {
  const assertions: Assertion[] = [];
  const captures: Capture[] = [];
  const notes: ScriptNote[] = [];
  for (const source of sources) {
    for (const event of source.events ?? []) {
      if (event.disabled === true) continue;
      const code = scriptText(event.script?.exec);
      if (event.listen === 'test') {
        const translated = translateTestScript(code);
        assertions.push(...translated.assertions);
        captures.push(...translated.captures);
        notes.push(...translated.notes);
        for (const n of translated.notes) warnings.push(`${capitalized(source.where)}, test script line ${n.line}: kept as a note, not run (${firstLine(code.split('\n')[n.line - 1] ?? n.code)})${source.where.startsWith('request') ? '' : ` in ${request}`}.`);
      } else if (event.listen === 'prerequest') {
        const kept = preRequestNote(code);
        notes.push(...kept);
        for (const n of kept) warnings.push(`${capitalized(source.where)}, pre-request script line ${n.line}: kept as a note, not run (pre-request scripts are not translated)${source.where.startsWith('request') ? '' : ` in ${request}`}.`);
      }
    }
  }
  return { ...(assertions.length > 0 ? { assertions } : {}), ...(captures.length > 0 ? { captures } : {}), ...(notes.length > 0 ? { scriptNotes: notes } : {}) };
}

function scriptText(exec: string | readonly string[] | undefined): string {
  return exec === undefined ? '' : typeof exec === 'string' ? exec : exec.join('\n');
}

function firstLine(code: string): string {
  const line = code.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
