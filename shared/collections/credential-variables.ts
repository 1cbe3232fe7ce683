/**
 * Variables that hold credentials, found by where they are used: a variable in an auth field, in a
 * credential header's value, a credential query parameter ({{apiKey}} as X-API-Key's value) or a
 * credential body field (a form's password), or
 * named like a credential (token, password, apiKey). Such variables are secret: their values are
 * never written to a collection file or an export, and the requests using them say they need them.
 */
import { isCredentialHeader, isCredentialQueryParam, isCredentialVariableName } from '../security/credential-names';
import { splitUrl } from '../security/url-query';
import { bodyCredentialTexts } from './body-secrets';
import type { CollectionTree, TreeItem } from './collection-tree';
import type { Auth, SavedRequest, Variable } from './format-v1';

const VARIABLE = /\{\{\s*([\w.-]+)\s*\}\}/g;

function referencedIn(text: string | undefined): string[] {
  return text === undefined ? [] : [...text.matchAll(VARIABLE)].map((match) => match[1] ?? '').filter((name) => name !== '' && !name.startsWith('$'));
}

/** The text of each credential field of an auth. */
function authSecrets(auth: Auth | undefined): (string | undefined)[] {
  switch (auth?.type) {
    case 'basic':
      return [auth.password];
    case 'bearer':
      return [auth.token];
    case 'apikey':
      return [auth.value];
    case 'oauth2':
      return [auth.clientSecret, auth.accessToken];
    case 'digest':
      return [auth.password];
    case 'awsv4':
      return [auth.secretKey, auth.sessionToken];
    default:
      return [];
  }
}

/** The variables a request uses in a credential position. */
export function credentialVariablesOf(request: SavedRequest): string[] {
  const texts: (string | undefined)[] = [...authSecrets(request.auth), request.settings?.cookies];
  for (const header of request.headers) if (isCredentialHeader(header.name)) texts.push(header.value);
  if (request.url.includes('?')) for (const pair of splitUrl(request.url).pairs) if (isCredentialQueryParam(pair.name)) texts.push(pair.raw.slice(pair.raw.indexOf('=') + 1));
  texts.push(...bodyCredentialTexts(request.body));
  return [...new Set(texts.flatMap(referencedIn))];
}

function markSecret(variables: readonly Variable[], secret: ReadonlySet<string>): Variable[] {
  return variables.map((variable) => (variable.secret !== true && (secret.has(variable.key) || isCredentialVariableName(variable.key)) ? { ...variable, secret: true } : variable));
}

/**
 * The tree with every variable used in a credential position (or named like a credential) marked
 * secret, on the collection, its folders and the environments it brought, and each request listing
 * in `needsSecrets` the secret variables it uses that way.
 */
export function withCredentialVariablesSecret(tree: CollectionTree): CollectionTree {
  const used = new Set<string>(authSecrets(tree.collection.auth).flatMap(referencedIn));
  const collect = (items: readonly TreeItem[]): void => {
    for (const item of items) {
      if (item.kind === 'request') for (const name of credentialVariablesOf(item.request)) used.add(name);
      else {
        for (const name of authSecrets(item.folder.auth).flatMap(referencedIn)) used.add(name);
        collect(item.items);
      }
    }
  };
  collect(tree.items);
  const secretNames = new Set<string>();
  const collection = { ...tree.collection, variables: markSecret(tree.collection.variables, used) };
  for (const variable of collection.variables) if (variable.secret === true) secretNames.add(variable.key);
  const mark = (items: readonly TreeItem[]): TreeItem[] =>
    items.map((item) => {
      if (item.kind === 'folder') {
        const variables = item.folder.variables === undefined ? undefined : markSecret(item.folder.variables, used);
        for (const variable of variables ?? []) if (variable.secret === true) secretNames.add(variable.key);
        return { ...item, folder: { ...item.folder, ...(variables === undefined ? {} : { variables }) }, items: mark(item.items) };
      }
      return item;
    });
  const items = mark(tree.items);
  // Environments an import brought along hold the same variables, under each environment's name.
  const environments = tree.environments?.map((environment) => ({ ...environment, variables: markSecret(environment.variables, used) }));
  for (const variable of environments?.flatMap((environment) => environment.variables) ?? []) if (variable.secret === true) secretNames.add(variable.key);
  const withNeeds = (list: readonly TreeItem[]): TreeItem[] =>
    list.map((item) => {
      if (item.kind === 'folder') return { ...item, items: withNeeds(item.items) };
      const needed = credentialVariablesOf(item.request).filter((name) => secretNames.has(name));
      if (needed.length === 0) return item;
      return { ...item, request: { ...item.request, needsSecrets: [...new Set([...(item.request.needsSecrets ?? []), ...needed])].sort() } };
    });
  return { ...tree, collection, items: withNeeds(items), ...(environments === undefined ? {} : { environments }) };
}
