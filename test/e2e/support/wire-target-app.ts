/** Registers the hooks of a UI test against the wire target: the server, a host and a tab with its document open. */
import { afterAll, beforeAll } from 'vitest';
import { startWireTarget, type WireTarget } from '../../support/wire-target';
import type { RoundtripPage } from './roundtrip-page';
import { useUiSession } from './ui-session';

export interface WireTargetApp {
  readonly target: WireTarget;
  readonly app: RoundtripPage;
}

/** Call at the top of a describe block; the returned getter is valid inside tests. */
export function useWireTargetApp(): () => WireTargetApp {
  const session = useUiSession();
  let started: WireTargetApp | undefined;
  beforeAll(async () => {
    const target = await startWireTarget();
    const app = await session().openApp();
    await app.openUrl(target.specUrl);
    await app.byTestId('api-title').waitFor({ timeout: 20_000 });
    started = { target, app };
  });
  afterAll(async () => {
    await started?.target.stop();
  });
  return () => {
    if (!started) throw new Error('The wire target is not started: call useWireTargetApp() inside a describe block.');
    return started;
  };
}
