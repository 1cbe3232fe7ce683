/** Starts the built-in demo API once, on first request, and stops it on shutdown. */
import type { DemoInfo } from '../../shared/ipc/contract';
import { startDemoServer, type DemoServer } from './demo-api/demo-server';

export interface DemoLauncher {
  start(): Promise<DemoInfo>;
  stop(): Promise<void>;
}

/** A launcher whose start() is idempotent: every caller gets the same running server. */
export function createDemoLauncher(): DemoLauncher {
  let running: Promise<DemoServer> | undefined;
  return {
    async start() {
      running ??= startDemoServer();
      try {
        const server = await running;
        return { baseUrl: server.baseUrl, specUrl: server.specUrl };
      } catch (error) {
        running = undefined;
        throw error;
      }
    },
    async stop() {
      const current = running;
      running = undefined;
      // A start that had failed leaves nothing to close.
      if (current) await current.then((server) => server.close(), () => undefined);
    },
  };
}
