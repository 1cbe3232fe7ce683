/** Finds which schema defs reach themselves through `$ref`s, so the UI can mark them as recursive. */
import type { JsonSchema } from '../model/api-model';

/** Adds every `$ref` string found anywhere inside `schema` to `out`. */
export function collectRefs(schema: unknown, out: Set<string>): void {
  // An explicit stack: defs can be deeply nested, recursion here could overflow.
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') out.add(child);
      else stack.push(child);
    }
  }
}

/** Returns the keys of `defs` that lie on a `$ref` cycle (Tarjan's strongly connected components, iterative). */
export function findRecursiveDefs(defs: Readonly<Record<string, JsonSchema>>): string[] {
  const edges = new Map<string, string[]>();
  for (const [key, schema] of Object.entries(defs)) {
    const refs = new Set<string>();
    collectRefs(schema, refs);
    edges.set(key, [...refs].filter((ref) => edges.has(ref) || Object.prototype.hasOwnProperty.call(defs, ref)));
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const recursive: string[] = [];
  let counter = 0;
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter);
    counter += 1;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const targets = edges.get(frame.node) ?? [];
      const target = targets[frame.next];
      if (target !== undefined) {
        frame.next += 1;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === frame.node) break;
      }
      const selfLoop = component.length === 1 && targets.includes(frame.node);
      if (component.length > 1 || selfLoop) recursive.push(...component);
    }
  }
  return recursive.sort();
}
