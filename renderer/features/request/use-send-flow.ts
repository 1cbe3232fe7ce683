/** Send: build the request, ask before repeating a non-idempotent one, then hand it over. */
import { useCallback, useState } from 'react';
import type { Result } from '../../../shared/ipc/result';
import { needsResendConfirmation, requestFingerprint } from '../../../shared/request/resend-guard';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import type { RequestFormApi } from './use-request-form';

// Failures that prove the request never reached the server: repeating it is not a repeat.
const NOT_DELIVERED = new Set(['connection-refused', 'dns-failed', 'unreachable', 'invalid-url', 'tls-certificate', 'invalid-input', 'host-unreachable', 'host-refused']);

export interface SendFlow {
  /** Send as the person asked: may stop at problems or at the resend confirmation. */
  readonly trySend: () => void;
  /** The request waiting for "Send again", if any. */
  readonly pending?: RequestDescription;
  readonly confirm: () => void;
  readonly cancel: () => void;
}

/** The Send button's behaviour for one operation's form. */
export function useSendFlow(form: RequestFormApi, send: (request: RequestDescription) => Promise<Result<ResponseSnapshot>>, sending: boolean): SendFlow {
  const [pending, setPending] = useState<RequestDescription>();
  const { markSent, markAttempted } = form;

  const dispatchSend = useCallback(
    async (request: RequestDescription) => {
      setPending(undefined);
      const result = await send(request);
      if (result.ok || !NOT_DELIVERED.has(result.error.code)) markSent(requestFingerprint(request));
    },
    [send, markSent],
  );

  const request = form.build.request;
  const lastSent = form.form.lastSentFingerprint;
  const trySend = useCallback(() => {
    markAttempted();
    if (!request || sending) return;
    if (needsResendConfirmation(request, lastSent)) setPending(request);
    else void dispatchSend(request);
  }, [markAttempted, request, sending, lastSent, dispatchSend]);

  const confirm = useCallback(() => {
    if (pending) void dispatchSend(pending);
  }, [pending, dispatchSend]);
  const cancel = useCallback(() => setPending(undefined), []);

  return { trySend, pending, confirm, cancel };
}
