/**
 * How verify reaches an operation that needs an existing resource: the path's parameters are
 * filled by creating resources along it (POST /items answers an id -> /items/{item_id}), and
 * the created resource is found again by the id its creator answered.
 */
import type { ApiModel, HttpMethod, OperationModel } from '../model/api-model';
import { isRecord } from '../values/is-record';

/** The collection path of an item path: "/items/{item_id}" -> "/items"; undefined when the last segment is not a parameter. */
export function collectionPath(path: string): string | undefined {
  const match = /^(.*)\/\{[^{}/]+\}$/.exec(path);
  return match?.[1] === undefined || match[1] === '' ? undefined : match[1];
}

/** The name of the last path parameter: "/items/{item_id}" -> "item_id". */
export function lastParameter(path: string): string | undefined {
  return /\{([^{}/]+)\}$/.exec(path)?.[1];
}

function find(model: Pick<ApiModel, 'operations'>, method: HttpMethod, path: string): OperationModel | undefined {
  return model.operations.find((o) => o.method === method && o.path === path && o.webhook !== true);
}

/** The POST that creates the resources an item path names: POST /items for /items/{item_id}. */
export function creatorOf(itemPath: string, model: Pick<ApiModel, 'operations'>): OperationModel | undefined {
  const collection = collectionPath(itemPath);
  return collection === undefined ? undefined : find(model, 'POST', collection);
}

/** The GET that reads one resource of the item path, if the API has it. */
export function itemReaderOf(itemPath: string, model: Pick<ApiModel, 'operations'>): OperationModel | undefined {
  return find(model, 'GET', itemPath);
}

/** The item path a POST on a collection creates into: POST /items -> "/items/{item_id}", if any operation uses it. */
export function itemPathOf(collection: string, model: Pick<ApiModel, 'operations'>): string | undefined {
  return model.operations.find((o) => collectionPath(o.path) === collection)?.path;
}

/** The path templates that must be filled, outermost first: "/a/{x}/b/{y}" -> ["/a/{x}", "/a/{x}/b/{y}"]. */
export function parameterPrefixes(path: string): string[] {
  const out: string[] = [];
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i++) if (/^\{[^{}]+\}$/.test(segments[i] ?? '')) out.push(segments.slice(0, i + 1).join('/'));
  return out;
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The identifier of a created resource for the path parameter `parameter`: the body's field of
 * the same name (item_id, itemId), else `id`, else the last segment of the Location header.
 */
export function pickIdentifier(body: unknown, parameter: string, location?: string): string | undefined {
  if (isRecord(body)) {
    const record = body;
    const wanted = squash(parameter);
    const keys = Object.keys(record);
    const key = keys.find((k) => squash(k) === wanted) ?? keys.find((k) => k === 'id') ?? keys.find((k) => wanted.endsWith(squash(k)) && squash(k).endsWith('id'));
    const value = key === undefined ? undefined : record[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  if (location !== undefined) {
    const last = location.split('?')[0]?.split('/').filter((s) => s !== '').pop();
    if (last !== undefined) return decodeURIComponent(last);
  }
  return undefined;
}

/** Fills a path template's parameters from `values`, leaving unknown ones as they are. */
export function fillPath(path: string, values: Readonly<Record<string, string>>): string {
  return path.replace(/\{([^{}]+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : encodeURIComponent(values[name])));
}
