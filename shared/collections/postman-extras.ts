/**
 * What a Roundtrip collection holds that a Postman collection has no place for: the spec it was
 * made from, its TLS files, and per request the operation link, a timeout, cookies, an
 * idempotency-key choice no header expresses and the secrets it needs. The export carries them as
 * JSON in one disabled collection variable: Postman keeps collection variables on its own import
 * and export, and neither it nor newman uses a disabled one. Importing the export reads them back.
 * A request is found again by its folders, name and method, so an edit in Postman that keeps
 * those keeps its link.
 */
import { z } from 'zod';
import { flattenRequests, type CollectionTree } from './collection-tree';
import { collectionV1, savedRequestV1, type SavedRequest } from './format-v1';
import { idempotencyKeyAsHeader, keyHeaderAsIdempotencyKey } from './key-header';
import type { PmKeyValue } from './postman-types';
import { stableStringify } from './stable-json';

/** The collection variable's key; a variable of that key whose value is not this format is an ordinary one. */
export const EXTRAS_VARIABLE = '_roundtrip';

const EXTRAS_FORMAT = 'roundtrip.postman-extras';

const requestExtrasSchema = z.object({
  /** The folders above the request, outermost first. */
  folders: z.array(z.string()),
  name: z.string(),
  method: z.string(),
  /** Which of the requests of that folder, name and method (0 for the first). */
  nth: z.number().int().min(0).optional(),
  operation: savedRequestV1.shape.operation,
  idempotencyKey: savedRequestV1.shape.idempotencyKey,
  /** Only the settings Postman's protocolProfileBehavior cannot hold. */
  settings: z.object({ timeoutMs: z.number().int().positive().optional(), cookies: z.string().optional() }).optional(),
  needsSecrets: savedRequestV1.shape.needsSecrets,
});

const extrasSchema = z.object({
  format: z.literal(EXTRAS_FORMAT),
  version: z.literal(1),
  spec: collectionV1.shape.spec,
  tls: collectionV1.shape.tls,
  /** Secret variables the export declared for newman (requests need them) that the collection itself does not declare. */
  declaredForExport: z.array(z.string()).optional(),
  requests: z.array(requestExtrasSchema).optional(),
});

export type Extras = z.infer<typeof extrasSchema>;
export type RequestExtras = z.infer<typeof requestExtrasSchema>;

/** Where a request sits, as the extras name it. */
export interface RequestPlace {
  readonly folders: readonly string[];
  readonly name: string;
  readonly method: string;
  readonly nth: number;
}

/** Every request of `tree` with its place, in tree order. */
export function placedRequests(tree: Pick<CollectionTree, 'items'>): { readonly place: RequestPlace; readonly request: SavedRequest }[] {
  const seen = new Map<string, number>();
  return flattenRequests(tree.items).map(({ path, request }) => {
    const id = placeId(path, request.name, request.method);
    const nth = seen.get(id) ?? 0;
    seen.set(id, nth + 1);
    return { place: { folders: path, name: request.name, method: request.method, nth }, request };
  });
}

/** One string per place, for lookups. */
export function placeId(folders: readonly string[], name: string, method: string, nth = 0): string {
  return JSON.stringify([folders, name, method.toUpperCase(), nth]);
}

/** The disabled collection variable carrying what Postman cannot hold of `tree`, or undefined when there is nothing. */
export function extrasVariable(tree: CollectionTree, declaredForExport: readonly string[]): PmKeyValue | undefined {
  const requests = placedRequests(tree).flatMap(({ place, request }) => {
    const lost = lostFields(request);
    return lost === undefined ? [] : [{ folders: [...place.folders], name: place.name, method: place.method, ...(place.nth === 0 ? {} : { nth: place.nth }), ...lost }];
  });
  const { spec, tls } = tree.collection;
  if (spec === undefined && tls === undefined && declaredForExport.length === 0 && requests.length === 0) return undefined;
  const extras: Extras = {
    format: EXTRAS_FORMAT,
    version: 1,
    ...(spec === undefined ? {} : { spec }),
    ...(tls === undefined ? {} : { tls }),
    ...(declaredForExport.length === 0 ? {} : { declaredForExport: [...declaredForExport] }),
    ...(requests.length === 0 ? {} : { requests }),
  };
  return {
    key: EXTRAS_VARIABLE,
    value: JSON.stringify(extras),
    disabled: true,
    description: "Roundtrip's own data (the OpenAPI document and each request's operation), read back when this collection is imported into Roundtrip. Postman and newman do not use it.",
  };
}

/** The fields of `request` a Postman item loses, or undefined when it keeps them all. */
function lostFields(request: SavedRequest): Omit<RequestExtras, 'folders' | 'name' | 'method' | 'nth'> | undefined {
  const settings = { ...(request.settings?.timeoutMs === undefined ? {} : { timeoutMs: request.settings.timeoutMs }), ...(request.settings?.cookies === undefined ? {} : { cookies: request.settings.cookies }) };
  const lost = {
    ...(request.operation === undefined ? {} : { operation: request.operation }),
    ...(keyLost(request) ? { idempotencyKey: request.idempotencyKey } : {}),
    ...(Object.keys(settings).length === 0 ? {} : { settings }),
    ...(request.needsSecrets === undefined ? {} : { needsSecrets: request.needsSecrets }),
  };
  return Object.keys(lost).length === 0 ? undefined : lost;
}

/** True when the Idempotency-Key header the export writes does not read back as the request's key (a key turned off, an empty fixed one). */
function keyLost(request: SavedRequest): boolean {
  if (request.idempotencyKey === undefined) return false;
  const header = idempotencyKeyAsHeader(request, '{{$guid}}');
  const readBack = keyHeaderAsIdempotencyKey({ ...request, idempotencyKey: undefined, headers: header === undefined ? [] : [header] }).idempotencyKey;
  return stableStringify(readBack) !== stableStringify(request.idempotencyKey);
}

/**
 * The extras a collection's variables carry and the variables without them. A variable of the
 * key whose value is not the format is left among the others; one that is the format but broken
 * is taken out and told in `problem`.
 */
export function extrasFromVariables(variables: readonly PmKeyValue[]): { readonly extras?: Extras; readonly variables: readonly PmKeyValue[]; readonly problem?: string } {
  const carrier = variables.find((v) => v.key === EXTRAS_VARIABLE && typeof v.value === 'string' && v.value.includes(EXTRAS_FORMAT));
  if (carrier === undefined) return { variables };
  const rest = variables.filter((v) => v !== carrier);
  let raw: unknown;
  try {
    raw = JSON.parse(carrier.value ?? '');
  } catch {
    return { variables: rest, problem: `The collection variable ${EXTRAS_VARIABLE} is not valid JSON any more, so the spec and the requests' operation links it carried were not restored.` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== EXTRAS_FORMAT) return { variables };
  const parsed = extrasSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.') || 'its top'} (${issue.message})`;
    return { variables: rest, problem: `The collection variable ${EXTRAS_VARIABLE} was changed${where}, so the spec and the requests' operation links it carried were not restored.` };
  }
  return { extras: parsed.data, variables: rest };
}
