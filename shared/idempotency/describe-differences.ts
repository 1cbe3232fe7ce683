/** Differences between two JSON answers in one clause, by JSON pointer, so a message says which field moved. */
import type { DiffEntry } from './json-diff';

const NAMED_DIFFERENCES = 3;
const SHOWN_VALUE_CHARS = 60;

function shown(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > SHOWN_VALUE_CHARS ? `${text.slice(0, SHOWN_VALUE_CHARS)}…` : text;
}

function one(d: DiffEntry): string {
  const where = d.path === '' ? 'the whole body' : d.path;
  if (d.kind === 'added') return `${where} was added (${shown(d.after)})`;
  if (d.kind === 'removed') return `${where} was left out (it was ${shown(d.before)})`;
  return `${where} was ${shown(d.before)}, then ${shown(d.after)}`;
}

/** "/total was 12, then 13; /note was added ("x") (and 2 more)": the first few differences with both values. */
export function describeDifferences(differences: readonly DiffEntry[]): string {
  const named = differences.slice(0, NAMED_DIFFERENCES).map(one);
  const more = differences.length - named.length;
  return `${named.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
