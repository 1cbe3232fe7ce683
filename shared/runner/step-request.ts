/** Turns a planned step and the run's variables into the request to send, through the one resolution pipeline. */
import { resolveRequest } from '../request/resolve-request';
import type { RequestDescription } from '../request/request-model';
import type { VariableScope } from '../request/variable-scopes';
import type { CredentialNames } from '../security/credential-names';
import type { PlannedStep } from './run-plan';
import type { AttachedFile } from './step-files';

export type BuiltStep =
  | { readonly ok: true; readonly request: RequestDescription; readonly secrets: readonly string[] }
  /** `unknown`: the {{names}} nothing gives a value to (the step is not sent); `draft` shows the URL as typed. */
  | { readonly ok: false; readonly message: string; readonly unknown: readonly string[]; readonly draft: RequestDescription };

export interface StepOptions {
  readonly timeoutMs?: number;
  /** A fresh Idempotency-Key for steps whose policy is "auto" (one per send). */
  readonly newKey?: () => string;
  /** Where a missing variable should be set (said in the message). */
  readonly setIn?: string;
  /** Credential names the collection's document declares (its security schemes), beyond the step's own auth. */
  readonly credentialNames?: CredentialNames;
  /** The files the step's body reads, already read from disk by the runner (see step-files.ts). */
  readonly files?: ReadonlyMap<string, AttachedFile>;
}

/**
 * The request for `step`: `scopes` are the run's (captures first, then --var and the environment),
 * above the step's own folders and collection. An unresolved {{name}} stops the step: it is never sent as typed.
 */
export function buildStepRequest(step: PlannedStep, scopes: readonly VariableScope[], options: StepOptions = {}): BuiltStep {
  const keyed = step.request.idempotencyKey?.policy === 'auto';
  const key = keyed ? options.newKey?.() : undefined;
  const resolution = resolveRequest(step.request, {
    scopes: [...scopes, ...step.scopes],
    inheritedAuth: step.auth,
    ...(key === undefined ? {} : { idempotencyKey: key }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.setIn === undefined ? {} : { setIn: options.setIn }),
    ...(options.credentialNames === undefined ? {} : { credentialNames: options.credentialNames }),
    ...(options.files === undefined ? {} : { files: options.files }),
  });
  // The auth's values ride along (never sent), so history masks them.
  if (resolution.ok) return { ok: true, request: resolution.secrets.length > 0 ? { ...resolution.request, secretValues: resolution.secrets } : resolution.request, secrets: resolution.secrets };
  return { ok: false, message: `${step.name}: ${resolution.message}`, unknown: resolution.unresolved.map((u) => u.name), draft: resolution.draft };
}
