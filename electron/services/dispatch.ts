/**
 * The one entry point both hosts call: validates a channel's input against the
 * contract, runs its handler and turns every failure into a Result, so that bad
 * input never throws across the boundary.
 */
import { contract, type HandlerOutputOf, type Handlers } from '../../shared/ipc/contract';
import { isChannel, type Channel } from '../../shared/ipc/channels';
import { budgetFor, exceedsBudget } from '../../shared/ipc/input-budget';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { UserFacingError } from './app-error';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/** Binds handlers to the contract; the returned function never rejects. */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) return fail('unknown-channel', `There is no channel named "${channel.slice(0, 100)}".`);
    const breach = exceedsBudget(rawInput, budgetFor(channel));
    if (breach !== undefined) return fail('input-too-large', `The ${channel} request was refused: it holds ${breach}. Shorten it, or open large documents from a file or URL rather than pasting them.`);
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
      return fail('invalid-input', `The ${channel} request was refused: ${issues.slice(0, 5).join('; ')}.`, issues);
    }
    try {
      return ok(await runHandler(handlers, channel, parsed.data));
    } catch (error) {
      if (error instanceof UserFacingError) return fail(error.code, error.message, error.details);
      const message = error instanceof Error ? error.message : String(error);
      return fail('internal', `Roundtrip could not complete ${channel}: ${message}. Please report this with the steps that led here.`);
    }
  };
}

// One generic call site keeps the handler's input type tied to its channel.
function runHandler<C extends Channel>(handlers: Handlers, channel: C, input: unknown): Promise<HandlerOutputOf<C>> {
  const handler = handlers[channel] as (input: unknown) => Promise<HandlerOutputOf<C>>;
  return handler(input);
}
