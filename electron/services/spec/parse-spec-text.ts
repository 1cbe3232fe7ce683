/** Parses a document's text as JSON or YAML, reporting syntax errors with line and column. */
import { parseDocument } from 'yaml';
import { jsonErrorOffset } from '../../../shared/spec/json-error-offset';
import { findTooDeep, MAX_NESTING_DEPTH } from '../../../shared/spec/nesting-depth';
import { UserFacingError } from '../app-error';
import { fastYamlValue } from './fast-yaml';
import { scanDocument } from './scan-document';

export interface SyntaxPosition {
  readonly line: number;
  readonly column: number;
}

/** Returns the parsed value, or throws a UserFacingError naming where the syntax breaks. */
export function parseSpecText(text: string, location: string): unknown {
  return parseSpecDocument(text, location).value;
}

/**
 * parseSpecText, also telling whether the document has external `$ref`s (learnt in the same walk).
 * `onParsed` sees the value before that walk, for work that needs no guard against deep nesting.
 */
export function parseSpecDocument(text: string, location: string, onParsed?: (value: unknown) => void): { readonly value: unknown; readonly externalRef: boolean } {
  const trimmed = text.trimStart();
  if (trimmed.length === 0) {
    throw new UserFacingError('spec-empty', `${location} is empty: there is no OpenAPI document to open.`);
  }
  // JSON.parse is far faster than a YAML parser on large generated documents.
  const value = trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJson(text, location) : parseYaml(text, location);
  onParsed?.(value);
  // Everything downstream (ref resolution, validation) recurses: refuse absurd nesting here, cleanly.
  const scan = scanDocument(value, MAX_NESTING_DEPTH);
  if (scan.tooDeep) {
    // The slower walk only to name the place, for the message.
    const tooDeep = findTooDeep(value) ?? '#';
    throw new UserFacingError('spec-too-deep', `${location} nests more than ${MAX_NESTING_DEPTH} levels deep (at ${tooDeep}); Roundtrip refuses documents shaped like that. Check that it is a real OpenAPI document.`);
  }
  return { value, externalRef: scan.externalRef };
}

function parseJson(text: string, location: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = jsonErrorPosition(text);
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    throw new UserFacingError('spec-syntax', `${location} is not valid JSON${where}: ${message}. Fix the document and open it again.`, position);
  }
}

function parseYaml(text: string, location: string): unknown {
  // Most documents (no anchors, no directives) take the fast path; it gives the same value.
  const fast = fastYamlValue(text);
  if (fast !== undefined) return fast;
  // Default alias limits stay on: they stop "billion laughs" documents.
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: false });
  const first = document.errors[0];
  if (first) {
    const linePos = first.linePos?.[0];
    const position = linePos ? { line: linePos.line, column: linePos.col } : undefined;
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    throw new UserFacingError('spec-syntax', `${location} is not valid YAML${where}: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}. Fix the document and open it again.`, position);
  }
  try {
    return document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UserFacingError('spec-syntax', `${location} could not be read as YAML: ${message}.`);
  }
}

/** Finds the line and column where a JSON text first breaks. */
export function jsonErrorPosition(text: string): SyntaxPosition | undefined {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
