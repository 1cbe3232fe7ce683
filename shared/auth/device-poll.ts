/**
 * Device authorization (RFC 8628 3.4-3.5): what to do after each answer of the token endpoint while
 * the person approves the code on another device.
 */

export type PollStep =
  | { readonly kind: 'wait'; readonly intervalSeconds: number }
  | { readonly kind: 'stop'; readonly error: string; readonly message: string };

/** RFC 8628 3.2: "If no value is provided, clients MUST use 5 as the default." */
export const DEFAULT_DEVICE_INTERVAL_SECONDS = 5;

/** Said when the code ran out, whether the server said so or its lifetime passed. */
export const EXPIRED_DEVICE_CODE = 'The device code expired before it was approved. Start the device login again and enter the new code.';

/** The next step after an error answer `error` while polling every `intervalSeconds`. */
export function nextPollStep(error: string, intervalSeconds: number, description?: string): PollStep {
  switch (error) {
    case 'authorization_pending':
      return { kind: 'wait', intervalSeconds };
    case 'slow_down':
      // 3.5: the interval grows by 5 seconds for this and every later request.
      return { kind: 'wait', intervalSeconds: intervalSeconds + 5 };
    case 'expired_token':
      return { kind: 'stop', error, message: EXPIRED_DEVICE_CODE };
    case 'access_denied':
      return { kind: 'stop', error, message: 'The login was denied on the verification page. Start the device login again and approve it to get a token.' };
    default:
      return {
        kind: 'stop',
        error,
        message: `The token endpoint refused the device code with "${error}"${description ? ` (${description})` : ''}. Check the client id and the token URL in Auth, then start again.`,
      };
  }
}
