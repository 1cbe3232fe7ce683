/**
 * OpenAPI links as verify follows them: which operation a link leads to, and the value of a
 * runtime expression ("$response.body#/id", "$response.header.Location", or text with
 * "{$response.body#/id}" inside) read from the linking response.
 */
import type { ApiModel, OperationModel, ResponseLinkModel } from '../model/api-model';
import { resolvePointer } from '../spec/resolve-pointer';
import { lastParameter, pickIdentifier } from './resource-chain';

/** The operation a link leads to, by operationId or a local operationRef. */
export function linkTarget(link: ResponseLinkModel, model: Pick<ApiModel, 'operations'>): OperationModel | undefined {
  if (link.operationId !== undefined) return model.operations.find((op) => op.operationId === link.operationId);
  const match = /^#\/paths\/([^/]+)\/([a-z]+)$/i.exec(link.operationRef ?? '');
  if (match === null) return undefined;
  const path = decodeURIComponent(match[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  return model.operations.find((op) => op.path === path && op.method === (match[2] ?? '').toUpperCase());
}

/** What a response offers an expression: its headers and its body as JSON. */
export interface LinkSource {
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  readonly body: unknown;
}

function evaluateOne(expression: string, source: LinkSource): string | undefined {
  if (expression.startsWith('$response.body')) {
    const pointer = expression.slice('$response.body'.length);
    const value = pointer === '' ? source.body : resolvePointer(source.body, pointer.startsWith('#') ? pointer : `#${pointer}`);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  }
  if (expression.startsWith('$response.header.')) {
    const name = expression.slice('$response.header.'.length).toLowerCase();
    return source.headers.find((h) => h.name.toLowerCase() === name)?.value;
  }
  return undefined;
}

/** The value of a link parameter: a runtime expression, text embedding expressions in braces, or a constant. */
export function evaluateLinkValue(expression: string, source: LinkSource): string | undefined {
  if (expression.startsWith('$')) return evaluateOne(expression, source);
  let missing = false;
  const text = expression.replace(/\{(\$[^{}]+)\}/g, (_whole, inner: string) => {
    const value = evaluateOne(inner, source);
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : text;
}

/** The link parameter's expression for path parameter `name` ("item_id" or "path.item_id"). */
export function linkParameter(link: ResponseLinkModel, name: string): string | undefined {
  return link.parameters[`path.${name}`] ?? link.parameters[name];
}

/**
 * An operation whose successful response links to operations under `prefix` (an item path such as
 * "/items/{item_id}") and says how to fill `parameter`: the document's own way to reach a resource.
 * POSTs first, as they create what the link points to.
 */
export function linkedCreator(prefix: string, parameter: string, model: Pick<ApiModel, 'operations'>): { readonly op: OperationModel; readonly status: string; readonly expression: string } | undefined {
  const candidates: { op: OperationModel; status: string; expression: string }[] = [];
  for (const op of model.operations) {
    if (op.path.startsWith(prefix)) continue;
    for (const response of op.responses) {
      if (!/^2/.test(response.status)) continue;
      for (const link of response.links ?? []) {
        const target = linkTarget(link, model);
        const expression = linkParameter(link, parameter);
        if (target !== undefined && expression !== undefined && (target.path === prefix || target.path.startsWith(`${prefix}/`))) candidates.push({ op, status: response.status, expression });
      }
    }
  }
  return candidates.find((c) => c.op.method === 'POST') ?? candidates[0];
}

/** How to read a created resource's id from an answer: the operation's own link expression, else inference for `parameter`. */
export interface CreatedIdRule {
  readonly parameter: string;
  readonly link?: string;
}

/** The rule for the last parameter of `itemPath` in a successful answer of `op`. */
export function createdIdRule(op: OperationModel, itemPath: string, model: Pick<ApiModel, 'operations'>): CreatedIdRule {
  const parameter = lastParameter(itemPath) ?? 'id';
  for (const response of op.responses) {
    if (!/^2/.test(response.status)) continue;
    for (const link of response.links ?? []) {
      const target = linkTarget(link, model);
      const expression = linkParameter(link, parameter);
      if (target !== undefined && expression !== undefined && target.path.startsWith(itemPath)) return { parameter, link: expression };
    }
  }
  return { parameter };
}

/** The id `source` gives by `rule`. */
export function identifierByRule(rule: CreatedIdRule, source: LinkSource): string | undefined {
  if (rule.link !== undefined) return evaluateLinkValue(rule.link, source);
  return pickIdentifier(source.body, rule.parameter, source.headers.find((h) => h.name.toLowerCase() === 'location')?.value);
}

/**
 * The id a successful answer of `op` gives for the last parameter of `itemPath`: by the
 * operation's own link when it has one, else by inference (pickIdentifier).
 */
export function createdIdentifier(op: OperationModel, itemPath: string, source: LinkSource, model: Pick<ApiModel, 'operations'>): string | undefined {
  return identifierByRule(createdIdRule(op, itemPath, model), source);
}
