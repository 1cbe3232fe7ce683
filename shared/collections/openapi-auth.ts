/**
 * The security requirements of an OpenAPI document as a new collection's auth, so its requests are
 * sent as the operation forms send them. The auth most operations need goes on the collection
 * (FastAPI states a global dependency on every operation, so "global" is found by counting); an
 * operation that needs another auth gets its own, one that needs none (`security: []`) an explicit
 * "none". Of alternatives the first the collection can hold is taken; a requirement it cannot hold
 * is named in the import's notes with what to do, and its request is saved without auth.
 */
import type { ApiModel, OperationModel, SecurityRequirementModel } from '../model/api-model';
import type { Auth, Variable } from './format-v1';
import { schemeAuth, VariableNamer, type SchemeCarry } from './security-scheme-auth';
import { stableStringify } from './stable-json';

/** What one operation's request carries of its security requirement. */
export interface RequestSecurity {
  readonly auth: Auth;
  /** An API key sent as a cookie ("session={{session}}"), for the request's cookies. */
  readonly cookies?: string;
}

export interface ImportedSecurity {
  /** The auth most operations need; undefined when most need none, or on a tie. */
  readonly collectionAuth?: Auth;
  /** By operation key. */
  readonly requests: ReadonlyMap<string, RequestSecurity>;
  /** The credential variables the auths use, declared without values (secret ones marked so). */
  readonly variables: readonly Variable[];
  /** What did not come across, or came across with a caveat: one sentence each. */
  readonly notes: readonly string[];
}

type Carried = { readonly kind: 'auth'; readonly auth: Auth } | { readonly kind: 'cookie'; readonly cookie: string } | { readonly kind: 'none' };

const NONE: Carried = { kind: 'none' };

/** The auth of a collection made from `model`; `reserved` are variable names already taken (baseUrl). */
export function securityForImport(model: Pick<ApiModel, 'operations' | 'securitySchemes'>, reserved: readonly string[] = []): ImportedSecurity {
  const namer = new VariableNamer(reserved);
  const variables = new Map<string, Variable>();
  const notes = new Map<string, string[]>();
  const carried = new Map<string, Carried>();
  for (const operation of model.operations) {
    const chosen = chooseRequirement(operation.security ?? [], model, namer);
    for (const variable of chosen.variables) if (!variables.has(variable.key)) variables.set(variable.key, variable);
    for (const note of chosen.notes) notes.set(note, [...(notes.get(note) ?? []), operation.key]);
    carried.set(operation.key, chosen.carried);
  }
  const collectionAuth = mostCommonAuth([...carried.values()]);
  const requests = new Map<string, RequestSecurity>();
  for (const operation of model.operations) requests.set(operation.key, requestSecurity(carried.get(operation.key) ?? NONE, operation, collectionAuth));
  return {
    ...(collectionAuth === undefined ? {} : { collectionAuth }),
    requests,
    variables: [...variables.values()],
    notes: [...notes].map(([note, keys]) => note.replace('{requests}', requestList(keys))),
  };
}

interface Choice {
  readonly carried: Carried;
  readonly variables: readonly Variable[];
  /** With "{requests}" where the operations it concerns are named. */
  readonly notes: readonly string[];
}

/** The first alternative the collection can hold; when none can, no auth and a note naming them. */
function chooseRequirement(requirements: readonly SecurityRequirementModel[], model: Pick<ApiModel, 'securitySchemes'>, namer: VariableNamer): Choice {
  const refusals: string[] = [];
  for (const requirement of requirements) {
    const names = Object.keys(requirement);
    // {} among the alternatives: the operation may be called without credentials.
    if (names.length === 0) return { carried: NONE, variables: [], notes: [] };
    if (names.length > 1) {
      refusals.push(`${names.map((n) => `"${n}"`).join(' and ')} together (a request holds one auth): add the others' credentials to the requests by hand`);
      continue;
    }
    const name = names[0] ?? '';
    const carry: SchemeCarry = schemeAuth(name, model.securitySchemes?.[name], requirement[name] ?? [], namer);
    if (carry.kind === 'not-carried') {
      refusals.push(`${carry.why}: ${carry.todo}`);
      continue;
    }
    const notes = carry.kind === 'auth' && carry.note !== undefined ? [`${carry.note} (for {requests}).`] : [];
    return { carried: carry.kind === 'auth' ? { kind: 'auth', auth: carry.auth } : { kind: 'cookie', cookie: carry.cookie }, variables: carry.variables, notes };
  }
  if (refusals.length === 0) return { carried: NONE, variables: [], notes: [] };
  return { carried: NONE, variables: [], notes: [`Auth not carried for {requests}: ${refusals.join('; or ')}. Saved without auth.`] };
}

/** The auth more operations carry than any other choice (no auth included); undefined on a tie, so no request inherits by chance. */
function mostCommonAuth(all: readonly Carried[]): Auth | undefined {
  const counts = new Map<string, { carried: Carried; count: number }>();
  for (const carried of all) {
    const key = stableStringify(carried);
    const entry = counts.get(key) ?? { carried, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  const [best, next] = ranked;
  if (best === undefined || (next !== undefined && next.count === best.count)) return undefined;
  return best.carried.kind === 'auth' ? best.carried.auth : undefined;
}

function requestSecurity(carried: Carried, operation: OperationModel, collectionAuth: Auth | undefined): RequestSecurity {
  if (carried.kind === 'auth') return { auth: collectionAuth !== undefined && stableStringify(carried.auth) === stableStringify(collectionAuth) ? { type: 'inherit' } : carried.auth };
  // No auth of its own: "none" when the collection has one (or the document says so), so nothing is inherited by mistake.
  const auth: Auth = collectionAuth !== undefined || operation.security !== undefined ? { type: 'none' } : { type: 'inherit' };
  return carried.kind === 'cookie' ? { auth, cookies: carried.cookie } : { auth };
}

function requestList(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).join(', ');
  return keys.length > 3 ? `${shown} and ${keys.length - 3} more` : shown;
}
