/**
 * The Postman collection as read from a file, checked before the importer walks it: a file with a
 * null item or a header that is not an object is refused with the place it breaks, never a crash.
 * Each schema is checked against the type in postman-types.ts. Unknown fields are let through
 * (Postman adds them over time); values Postman writes as numbers or booleans are read as text.
 */
import { z } from 'zod';
import type { PmAuth, PmBody, PmCollection, PmDescription, PmEvent, PmItem, PmKeyValue, PmRequest, PmUrl } from './postman-types';

const text = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .transform((value) => (value === null ? undefined : String(value)))
  .optional();

const description: z.ZodType<PmDescription | undefined> = z.union([z.string(), z.looseObject({ content: text, type: text }), z.null()]).optional();

const keyValue: z.ZodType<PmKeyValue> = z.looseObject({
  key: z.union([z.string(), z.number()]).transform(String),
  value: text,
  disabled: z.boolean().optional(),
  description: z.union([z.string(), z.looseObject({ content: text }).transform((d) => d.content ?? ''), z.null()]).transform((d) => d ?? undefined).optional(),
  type: text,
  src: z.union([z.string(), z.array(z.string()), z.null()]).optional(),
  contentType: text,
});

const auth: z.ZodType<PmAuth | null | undefined> = z.looseObject({ type: z.string() }).nullable().optional();

const body: z.ZodType<PmBody | undefined> = z
  .looseObject({
    mode: text,
    raw: text,
    urlencoded: z.array(keyValue).optional(),
    formdata: z.array(keyValue).optional(),
    file: z.looseObject({ src: z.string().nullable().optional() }).optional(),
    graphql: z.looseObject({ query: text, variables: text }).optional(),
    options: z.looseObject({ raw: z.looseObject({ language: text }).optional() }).optional(),
    disabled: z.boolean().optional(),
  })
  .optional();

const url: z.ZodType<PmUrl> = z.looseObject({
  raw: text,
  protocol: text,
  host: z.union([z.string(), z.array(z.string())]).optional(),
  port: text,
  path: z.union([z.string(), z.array(z.union([z.string(), z.looseObject({ value: text })]))]).optional(),
  query: z.array(keyValue).optional(),
  variable: z.array(keyValue).optional(),
  hash: text,
});

const request: z.ZodType<PmRequest | string | undefined> = z
  .union([
    z.string(),
    z.looseObject({ method: text, url: z.union([z.string(), url]).optional(), header: z.union([z.array(keyValue), z.string()]).optional(), body, auth, description }),
  ])
  .optional();

const event: z.ZodType<PmEvent> = z.looseObject({
  listen: z.string(),
  script: z.looseObject({ exec: z.union([z.string(), z.array(z.string())]).optional(), type: text }).optional(),
  disabled: z.boolean().optional(),
});

const item: z.ZodType<PmItem> = z.lazy(() =>
  z.looseObject({
    name: text,
    description,
    item: z.array(item).optional(),
    request,
    auth,
    variable: z.array(keyValue).optional(),
    protocolProfileBehavior: z.looseObject({ followRedirects: z.boolean().optional(), maxRedirects: z.number().optional(), strictSSL: z.boolean().optional() }).optional(),
    response: z.array(z.unknown()).optional(),
    event: z.array(event).optional(),
  }),
);

/** A Postman collection v2.0 or v2.1, as far as Roundtrip reads it. */
export const postmanCollection: z.ZodType<PmCollection> = z.looseObject({
  info: z.looseObject({ name: z.string().catch(''), description, schema: z.string().catch(''), _postman_id: text }),
  item: z.array(item),
  auth,
  variable: z.array(keyValue).optional(),
  event: z.array(event).optional(),
});

/** Where a collection breaks, as a person finds it in the file: "item[0].request.header[1]". */
export function issuePlace(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out === '' ? '' : '.'}${String(key)}`), '');
}

interface Place {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The innermost fault under `issue`: of the branches of a union, the one that got furthest into the file. */
export function deepestIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): Place {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union') return { path, message: issue.message };
  const inner = issue.errors.flat().map((branch) => deepestIssue(branch, path));
  return inner.reduce<Place>((best, candidate) => (candidate.path.length > best.path.length ? candidate : best), { path, message: issue.message });
}
