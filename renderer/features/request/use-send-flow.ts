/** Send: build the request, ask before repeating a non-idempotent one without a key, then hand it over. */
import { useCallback, useState } from 'react';
import type { Result } from '../../../shared/ipc/result';
import { idempotencyKeyOf } from '../../../shared/idempotency/idempotency-key-header';
import { serverSaysReplayed, withIdempotencyKey } from '../../../shared/idempotency/key-lifecycle';
import { staleKey, type StaleKey } from '../../../shared/idempotency/stale-key';
import { needsResendConfirmation, requestFingerprint } from '../../../shared/request/resend-guard';
import type { RequestDescription, ResponseSnapshot } from '../../../shared/request/request-model';
import { resendRequest } from '../../../shared/request/resend-request';
import { lastDelivered, type Exchange } from '../response/exchange-store';
import { keyIntentOf, newIdempotencyKey } from './request-form-model';
import type { RequestFormApi } from './use-request-form';

export interface SendFlow {
  /** Send as the person asked: may stop at problems or at the resend confirmation. */
  readonly trySend: () => void;
  /** The request waiting for the resend confirmation, if any. */
  readonly pending?: RequestDescription;
  /** The header to offer in the confirmation ("send with an Idempotency-Key"), when the API declares one. */
  readonly offerKeyHeader?: string;
  /** Send anyway, as it is. */
  readonly confirm: () => void;
  /** Send with a fresh key in the declared header, which also stays in the form for later retries. */
  readonly confirmWithKey: () => void;
  readonly cancel: () => void;
  /** Sends the last request again exactly, with the same Idempotency-Key; only offered when it had one. */
  readonly retry?: () => void;
  /** Sends a request again from the response panel (a longer deadline...), through the same resend guard as Send. */
  readonly resend: (request: RequestDescription) => void;
  /** Said under Send when this send (or save) got a fresh Idempotency-Key because the request changed since the last. */
  readonly keyRenewed?: string;
  /**
   * The request as a save writes it: its added key renewed (in the form too) when that key went with another request;
   * `resolved` is the same request as it would be sent, which is what that is judged on.
   */
  readonly keyForSave: (request: RequestDescription, resolved?: RequestDescription) => RequestDescription;
}

/**
 * The Send button's behaviour for one operation's form. What was sent last comes from the tab's
 * `exchange` (the exchange store), never from a copy in the form.
 */
export function useSendFlow(form: RequestFormApi, send: (request: RequestDescription) => Promise<Result<ResponseSnapshot>>, exchange: Exchange | undefined): SendFlow {
  const op = form.op;
  const sending = exchange?.status === 'sending';
  const [pending, setPending] = useState<RequestDescription>();
  const [keyRenewed, setKeyRenewed] = useState<string>();
  const { markAttempted, setParam, setKeyValue } = form;
  const autoRetry = form.form.autoRetry;
  const retryOn = autoRetry?.on === true && autoRetry.maxRetries > 0;
  const maxRetries = autoRetry?.maxRetries ?? 0;
  const backoffMs = autoRetry?.backoffMs ?? 0;
  const delivered = lastDelivered(exchange);

  const dispatchSend = useCallback(
    (request: RequestDescription) => {
      setPending(undefined);
      // The retry policy rides on the request; the main process decides per attempt and never retries a bare POST.
      void send(retryOn ? { ...request, retry: { maxRetries, backoffMs, idempotency: op.idempotency } } : request);
    },
    [send, retryOn, maxRetries, backoffMs, op.idempotency],
  );

  const request = form.build.request;
  const lastSent = delivered === undefined ? undefined : requestFingerprint(delivered);
  const guardOff = form.form.guardOff === true;
  const idempotency = op.idempotency;
  const lastStatus = exchange?.status === 'received' ? exchange.response.status : undefined;
  // A key the person added is a hope until the server shows it honours keys (a replayed answer).
  const keyHonoured = op.idempotencyKey !== undefined || (exchange?.status === 'received' && serverSaysReplayed(exchange.response));
  // One guard for every way of sending: the Send button and the response panel's one-off resend.
  const guardedSend = useCallback(
    (outgoing: RequestDescription) => {
      if (needsResendConfirmation(outgoing, lastSent, { disabled: guardOff, idempotency, keyHonoured, ...(lastStatus === undefined ? {} : { lastStatus }) })) setPending(outgoing);
      else dispatchSend(outgoing);
    },
    [lastSent, dispatchSend, guardOff, idempotency, lastStatus, keyHonoured],
  );
  // A key names one logical request: once the method, URL or body change after a send, the key that
  // went with it would make the server replay the old answer (or refuse), so a fresh one goes instead.
  // Not sent from this form yet, a key a file holds names the file's request, so another one renews it too.
  const pinned = form.form.keyPinned === true;
  const currentKey = form.key;
  const openedWith = form.form.keyOpenedWith;
  const staleFor = useCallback(
    (outgoing: RequestDescription): StaleKey | undefined =>
      currentKey === undefined
        ? undefined
        : staleKey({
            key: currentKey.value,
            pinned,
            fingerprint: requestFingerprint(outgoing),
            ...(delivered === undefined ? {} : { delivered: { fingerprint: requestFingerprint(delivered), ...keyOf(delivered) } }),
            intent: keyIntentOf(form.form),
            ...(openedWith === undefined ? {} : { named: openedWith }),
          }),
    [currentKey, pinned, delivered, form.form, openedWith],
  );
  const trySend = useCallback(() => {
    markAttempted();
    if (!request || sending) return;
    const stale = staleFor(request);
    if (stale === undefined || currentKey === undefined) {
      setKeyRenewed(undefined);
      guardedSend(request);
      return;
    }
    const key = newIdempotencyKey();
    setKeyValue(key);
    setKeyRenewed(`The method, URL or body changed since the ${stale === 'sent' ? 'last send' : 'request was saved with this key'}, so this one carries a new ${currentKey.header}: it is a new request to the server. Pin the key to keep it.`);
    guardedSend(withIdempotencyKey(request, key, currentKey.header));
  }, [markAttempted, request, sending, guardedSend, currentKey, staleFor, setKeyValue]);
  // Saving writes the added key beside the request, and a reopened file (or `roundtrip run`) sends that pair.
  // A key that went out with another request is therefore renewed before it is written, in the form too: the
  // form, the file and the next send then agree on one key for this request, and the key that went with the
  // earlier request is never written beside another one. A key never sent (or pinned) is saved as it is.
  const { keySavedAs } = form;
  const keyForSave = useCallback(
    (outgoing: RequestDescription, resolved?: RequestDescription): RequestDescription => {
      // A declared key is not written to files (each send gets a fresh one): nothing to decide.
      if (currentKey === undefined || currentKey.declared) return outgoing;
      // The file holds {{variables}} as typed; whether it is still the request the key went with is judged as
      // sent. With a variable unset there is no request as sent to judge: the template itself would always
      // differ from the last send and renew the key at every save, so the key is saved as it is.
      if (resolved === undefined) return outgoing;
      const stale = staleFor(resolved);
      if (stale === undefined) {
        keySavedAs(currentKey.value);
        return outgoing;
      }
      const key = newIdempotencyKey();
      keySavedAs(key);
      setKeyRenewed(`The method, URL or body changed since the ${stale === 'sent' ? 'last send' : 'request was saved with this key'}, so it was saved with a new ${currentKey.header}, which the next send carries: the old key stays with the earlier request. Pin the key to keep it.`);
      return withIdempotencyKey(outgoing, key, currentKey.header);
    },
    [currentKey, staleFor, keySavedAs],
  );
  const resend = useCallback(
    (outgoing: RequestDescription) => {
      if (!sending) guardedSend(outgoing);
    },
    [sending, guardedSend],
  );

  const confirm = useCallback(() => {
    if (pending) dispatchSend(pending);
  }, [pending, dispatchSend]);

  const declared = op.idempotencyKey;
  const keyParam = op.parameters.find((p) => p.in === 'header' && declared !== undefined && p.name === declared.header);
  const confirmWithKey = useCallback(() => {
    if (!pending || declared === undefined || keyParam === undefined) return;
    const key = newIdempotencyKey();
    setParam(`header:${keyParam.name}`, key);
    dispatchSend(withIdempotencyKey(pending, key, declared.header));
  }, [pending, declared, keyParam, setParam, dispatchSend]);
  const cancel = useCallback(() => setPending(undefined), []);

  // Retry is the same logical request: offered only while the form still holds the key that last request carried.
  const lastHadKey = delivered !== undefined && form.key !== undefined && idempotencyKeyOf(delivered.headers) === form.key.value;
  // Through the guard too: a key the person added and the server never replayed may well be ignored.
  const retry = useCallback(() => {
    if (delivered && !sending) guardedSend(resendRequest(delivered));
  }, [delivered, sending, guardedSend]);

  return {
    trySend,
    pending,
    ...(declared !== undefined && keyParam !== undefined ? { offerKeyHeader: declared.header } : {}),
    confirm,
    confirmWithKey,
    cancel,
    resend,
    keyForSave,
    ...(lastHadKey ? { retry } : {}),
    ...(keyRenewed === undefined ? {} : { keyRenewed }),
  };
}

function keyOf(request: RequestDescription): { key?: string } {
  const key = idempotencyKeyOf(request.headers);
  return key === undefined ? {} : { key };
}
