/**
 * A saved request's last exchange goes with its form once no tab holds it: answers can be large, and a
 * person may open many saved requests in a session. The operations' own exchanges stay, one per operation.
 */
import { useEffect, useRef } from 'react';
import { isSavedFormKey } from '../features/request/request-forms-store';
import type { Responses } from '../features/response/use-responses';
import { tabFormKey, type Tab } from '../features/tabs/tabs-store';

/** Forgets the exchanges of saved requests none of `tabs` shows. */
export function useForgetClosedExchanges(tabs: readonly Tab[], responses: Responses): void {
  const { exchanges, forget } = responses;
  const exchangesRef = useRef(exchanges);
  exchangesRef.current = exchanges;
  // As a string, so that only a tab opened or closed runs the effect, not each render.
  const held = tabs.map(tabFormKey).filter((key): key is string => key !== undefined && isSavedFormKey(key)).join('\u0000');
  useEffect(() => {
    const open = new Set(held.split('\u0000'));
    forget(Object.keys(exchangesRef.current).filter((key) => isSavedFormKey(key) && !open.has(key)));
  }, [held, forget]);
}
