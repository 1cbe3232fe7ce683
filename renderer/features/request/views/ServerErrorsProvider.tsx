import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ServerFieldErrors } from '../../../../shared/response/server-field-errors';
import { ServerErrorsContext } from '../server-errors-context';

interface Props {
  readonly errors?: ServerFieldErrors;
  readonly children: ReactNode;
}

/** Gives the form the last answer's field errors and keeps count of the body places fields on screen show. */
export function ServerErrorsProvider({ errors, children }: Props) {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const change = useCallback((place: string, by: number) => {
    setCounts((current) => {
      const next = new Map(current);
      const count = (next.get(place) ?? 0) + by;
      if (count > 0) next.set(place, count);
      else next.delete(place);
      return next;
    });
  }, []);
  const claim = useCallback(
    (place: string) => {
      change(place, 1);
      return () => change(place, -1);
    },
    [change],
  );
  const claimed = useMemo(() => new Set(counts.keys()), [counts]);
  const value = useMemo(() => ({ ...(errors ? { errors } : {}), claimed, claim }), [errors, claimed, claim]);
  return <ServerErrorsContext.Provider value={value}>{children}</ServerErrorsContext.Provider>;
}
