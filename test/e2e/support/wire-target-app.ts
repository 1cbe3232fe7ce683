/** Registers the hooks of a UI test against the wire target: the server, a host and a tab with its document open. */
import { startWireTarget, type WireTarget } from '../../support/wire-target';
import type { RoundtripPage } from './roundtrip-page';
import { useServedApp } from './served-app';

export interface WireTargetApp {
  readonly target: WireTarget;
  readonly app: RoundtripPage;
}

/** Call at the top of a describe block; the returned getter is valid inside tests. */
export function useWireTargetApp(): () => WireTargetApp {
  const served = useServedApp(startWireTarget);
  return () => {
    const { server, app } = served();
    return { target: server, app };
  };
}
