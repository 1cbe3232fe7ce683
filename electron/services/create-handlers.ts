/** Binds each contract channel to the service that answers it. Knows nothing of Electron. */
import type { Handlers } from '../../shared/ipc/contract';
import type { EventSink } from '../../shared/ipc/events';
import type { DemoLauncher } from './demo-launcher';
import { cancelRequest } from './http/in-flight';
import { processTokens } from './auth/oauth-token';
import { refuseUnboundKeptToken } from './auth/kept-token-guard';
import { createLoginHandlers, tokenFile } from './auth/oauth-login-handlers';
import { tokenStoreAt } from './auth/token-store';
import { EnvironmentStore } from './environments/environment-store';
import type { SecretCipher } from './environments/secret-cipher';
import { processUploads } from './files/upload-store';
import { sendRequest } from './http/send-request';
import { readBodyFileChunk } from './http/body-file';
import { dropBodyFile, sweepBodyFiles } from './http/body-file-folder';
import { createHistoryStore } from './history/history-store';
import { recordedSend, recordingAttempts } from './history/recorded-send';
import { runIdempotencyCheck } from './idempotency-check/run-check';
import { sendWithRetry } from './retry/send-with-retry';
import { createSpecHandlers } from './spec/spec-handlers';
import { codeSnippet } from './snippets/code-snippet';

import { createCollectionHandlers } from './collections/collection-handlers';
import { createRunnerHandlers } from './runner/runner-handlers';
import { createVerifyHandlers } from './verify/verify-handlers';
import { CookieJars } from './cookies/cookie-jars';
import { createCookieHandlers } from './cookies/cookie-handlers';
import { TlsSettingsStore } from './tls/tls-settings-store';
import { sendExtras, withoutSendContext } from './tls/send-extras';

export interface HandlerDeps {
  readonly demo: DemoLauncher;
  /** Where services push events to the renderer. */
  readonly events: EventSink;
  /** The folder for what the user makes: collections, history, settings (see data-dir.ts). */
  readonly dataDir: string;
  /** Encrypts secret environment values; Electron passes safeStorageCipher(safeStorage) when it has a keychain. */
  readonly secretCipher?: SecretCipher;
  /** Opens an OAuth login address in the system browser (the desktop app); without it the page opens it. */
  readonly openExternal?: (url: string) => Promise<void>;
  /** The deadline of a request sent from the editor without one of its own (the host's --timeout). */
  readonly defaultTimeoutMs?: number;
}

/** The handlers both hosts (Electron IPC and the browser host) dispatch to. */
export function createHandlers(deps: HandlerDeps): Handlers {
  // Large bodies a crash left behind go at start; the rest go as their responses leave history.
  void sweepBodyFiles();
  const history = createHistoryStore(deps.dataDir, { dropBodyFile });
  const environments = new EnvironmentStore(deps.dataDir, deps.secretCipher);
  const tls = new TlsSettingsStore(deps.dataDir, deps.secretCipher);
  const cookieJars = new CookieJars(deps.dataDir);
  const keptTokens = tokenStoreAt(tokenFile(deps.dataDir));
  const deadline = deps.defaultTimeoutMs === undefined ? {} : { defaultTimeoutMs: deps.defaultTimeoutMs };
  return {
    ...createSpecHandlers(deps),
    ...createCollectionHandlers(deps),
    ...createRunnerHandlers({ ...deps, tls }),
    ...createVerifyHandlers({ ...deps, tls }),
    ...createLoginHandlers(deps),
    // Without a retry policy sendWithRetry is one recorded send; with one it records each attempt.
    'request:send': async (input) => {
      await refuseUnboundKeptToken(input, keptTokens);
      return sendWithRetry(withoutSendContext(input), { events: deps.events, send: recordingAttempts(history, sendRequest), ...deadline, ...(await sendExtras(input, tls, cookieJars)) });
    },
    'request:snippet': (input) => Promise.resolve(codeSnippet(input.request, input.language)),
    'demo:start': () => deps.demo.start(),
    'idempotency:check': async (input) => {
      await refuseUnboundKeptToken(input.request, keptTokens);
      const extras = { ...deadline, ...(await sendExtras(input.request, tls, cookieJars)) };
      return runIdempotencyCheck({ ...input, request: withoutSendContext(input.request) }, { send: (request, step) => recordedSend(history, request, () => sendRequest(request, extras), { via: 'idempotency-check', step }) });
    },
    'request:cancel': (input) => Promise.resolve(cancelRequest(input.requestId)),
    'files:stage': (input) => processUploads.stage(input),
    'auth:token': (input) => processTokens.token(input),
    'env:load': () => environments.load(),
    'env:save': (input) => environments.save(input.environments, input.activeId, input.persistPlainSecrets),
    'history:list': (input) => history.list(input.query, input.limit),
    'history:get': (input) => history.get(input.id),
    'history:clear': () => history.clear(),
    'tls:load': () => tls.view(),
    'tls:save': (input) => tls.save(input),
    ...createCookieHandlers(cookieJars),
    'response:read-file': (input) => readBodyFileChunk(input.id, input.offset, input.length),
  };
}
