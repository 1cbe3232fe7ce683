/**
 * Modules the page imports only when first needed (a Markdown parser, the run planner, the import
 * formats): they stay out of the bundle parsed at start-up, which is part of every first paint.
 */
import { useEffect, useState } from 'react';

const loaded = new Map<() => Promise<unknown>, unknown>();
const loading = new Map<() => Promise<unknown>, Promise<unknown>>();

/** Starts loading (once per `load` function); resolves with the module. */
export function importOnce<M>(load: () => Promise<M>): Promise<M> {
  let started = loading.get(load) as Promise<M> | undefined;
  if (started === undefined) {
    started = load().then((module) => {
      loaded.set(load, module);
      return module;
    });
    loading.set(load, started);
    // A failed load (a chunk the host could not serve) may be tried again on the next render.
    started.catch(() => loading.delete(load));
  }
  return started;
}

/** The module `load` imports, once `wanted`; undefined until it has arrived. `load` must be a stable (module-level) function. */
export function useLazyModule<M>(load: () => Promise<M>, wanted = true): M | undefined {
  const [module, setModule] = useState<M | undefined>(() => loaded.get(load) as M | undefined);
  useEffect(() => {
    if (!wanted || module !== undefined) return undefined;
    let current = true;
    importOnce(load).then((arrived) => current && setModule(() => arrived), () => undefined);
    return () => {
      current = false;
    };
  }, [load, wanted, module]);
  return module;
}
