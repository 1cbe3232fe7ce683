/**
 * How long each kind of text in a saved file may be: far above anything typed or imported for
 * real, far below what would make a file (or the process reading it) balloon. A field past its
 * cap is refused with its name and limit; nothing is cut silently.
 */
import { z } from 'zod';

export const FIELD_LIMITS = {
  /** Names of requests, folders, collections, variables, headers, form fields; ids and keys. */
  name: 1_000,
  url: 64 * 1024,
  /** Header and variable values, credentials, media types, file paths, descriptions. */
  text: 1024 * 1024,
  /** A raw request body. */
  body: 16 * 1024 * 1024,
} as const;

/** A string field capped at FIELD_LIMITS[kind], refused as "the <what> is longer than N characters". */
export function cappedString(kind: keyof typeof FIELD_LIMITS, what: string = kind === 'url' ? 'URL' : kind) {
  const max = FIELD_LIMITS[kind];
  return z.string().max(max, `the ${what} is longer than ${max.toLocaleString('en')} characters; shorten it`);
}
