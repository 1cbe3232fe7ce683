/** Handlers for dispatch and host tests: every channel rejects unless a test overrides it. */
import { CHANNELS } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';

/** A full Handlers object, so tests keep compiling as channels are added to the contract. */
export function stubHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = (): Promise<never> => Promise.reject(new Error('this channel is not used by the test'));
  const all = Object.fromEntries(CHANNELS.map((channel) => [channel, unused])) as unknown as Handlers;
  return { ...all, ...overrides };
}
