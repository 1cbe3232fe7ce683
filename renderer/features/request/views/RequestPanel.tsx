import type { ReactNode } from 'react';
import type { JsonSchema, OperationModel } from '../../../../shared/model/api-model';
import type { RequestFormApi } from '../use-request-form';
import type { SendFlow } from '../use-send-flow';
import { BodyEditor } from './BodyEditor';
import { ConfirmResendDialog } from './ConfirmResendDialog';
import { IdempotencyHint } from './IdempotencyHint';
import { IdempotencyKeyBar } from './IdempotencyKeyBar';
import { RetryControls } from './RetryControls';
import { IdempotencyCheckPanel } from './IdempotencyCheckPanel';
import { useIdempotencyCheck } from '../use-idempotency-check';
import { keyNoteOf, type Exchange } from '../../response/exchange-store';
import { idempotencyKeyOf } from '../../../../shared/idempotency/idempotency-key-header';
import type { KeyResponseNote } from '../../../../shared/idempotency/key-lifecycle';
import { OperationHeader } from './OperationHeader';
import { ParamSections } from './ParamSections';
import { SavedExtras } from '../../collections/views/SavedExtras';
import { SendBar } from './SendBar';
import { ServerPicker } from './ServerPicker';

interface Props {
  readonly op: OperationModel;
  readonly form: RequestFormApi;
  readonly flow: SendFlow;
  /** The tab's last exchange (the exchange store): whether it is sending, its attempts, its key note. */
  readonly exchange?: Exchange;
  /** The model's schemaDefs, for the body form generated from the schema. */
  readonly defs?: Readonly<Record<string, JsonSchema>>;
  /** Environment and auth, shown under the server (renderer/features/environments, auth). */
  readonly beforeParams?: ReactNode;
  /** Shown under the Send bar (copy as curl). */
  readonly afterSend?: ReactNode;
  /** The whole URL, above the form. */
  readonly urlBar?: ReactNode;
  /** The request's Tests (assertions and captures), under the body. */
  readonly tests?: ReactNode;
}

/** The selected operation as a form to fill and send. */
export function RequestPanel({ op, form, flow, exchange, defs, beforeParams, afterSend, urlBar, tests }: Props) {
  const sending = exchange?.status === 'sending';
  const check = useIdempotencyCheck(form);
  return (
    <section className="panel request-panel" aria-label="Request">
      <OperationHeader op={op} defs={defs} />
      <IdempotencyHint op={op} />
      {urlBar}
      <form
        className="request-form"
        noValidate
        // Enter in a field must not send (a POST by accident); Ctrl/Cmd+Enter and the button do.
        onSubmit={(event) => event.preventDefault()}
      >
        <ServerPicker form={form} />
        {beforeParams}
        <ParamSections op={op} form={form} {...(defs === undefined ? {} : { defs })} />
        <SavedExtras extras={form.form.extras} onChange={form.setExtras} />
        {op.requestBody && <BodyEditor body={op.requestBody} form={form} defs={defs} />}
        {tests}
        <IdempotencyKeyBar form={form} />
        <RetryControls form={form} {...(exchange?.attempts ? { attempts: exchange.attempts } : {})} />
        <IdempotencyCheckPanel check={check} method={op.method} />
        <SendBar form={form} sending={sending} onSend={flow.trySend} flow={flow} keyNote={sentKeyNote(exchange, form)} />
        {afterSend}
      </form>
      {flow.pending && (
        <ConfirmResendDialog
          request={flow.pending}
          onConfirm={flow.confirm}
          onCancel={flow.cancel}
          {...(flow.offerKeyHeader === undefined ? {} : { keyHeader: flow.offerKeyHeader, onConfirmWithKey: flow.confirmWithKey })}
        />
      )}
    </section>
  );
}

// What the answer said about the key shows under Send while the form still holds that key (New key clears it).
function sentKeyNote(exchange: Exchange | undefined, form: RequestFormApi): KeyResponseNote | undefined {
  if (exchange === undefined || idempotencyKeyOf(exchange.request.headers) !== form.key?.value) return undefined;
  return keyNoteOf(exchange, form.op.idempotencyKey !== undefined);
}
