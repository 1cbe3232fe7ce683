import { describe, expect, it } from 'vitest';
import { nextPollStep } from '../../../../shared/auth/device-poll';

describe('device-poll', () => {
  it('keeps polling at the same interval while the approval is pending', () => {
    expect(nextPollStep('authorization_pending', 5)).toEqual({ kind: 'wait', intervalSeconds: 5 });
  });

  it('adds five seconds to the interval on slow_down, for every later poll', () => {
    const first = nextPollStep('slow_down', 5);
    expect(first).toEqual({ kind: 'wait', intervalSeconds: 10 });
    expect(nextPollStep('slow_down', first.kind === 'wait' ? first.intervalSeconds : 0)).toEqual({ kind: 'wait', intervalSeconds: 15 });
  });

  it('stops on an expired code and on a denial, saying to start again', () => {
    expect(nextPollStep('expired_token', 5)).toMatchObject({ kind: 'stop', error: 'expired_token', message: expect.stringMatching(/expired.*Start the device login again/) });
    expect(nextPollStep('access_denied', 5)).toMatchObject({ kind: 'stop', error: 'access_denied', message: expect.stringMatching(/denied.*Start the device login again/) });
  });

  it('stops on any other error and names it', () => {
    expect(nextPollStep('invalid_client', 5, 'unknown client')).toMatchObject({ kind: 'stop', message: expect.stringContaining('"invalid_client" (unknown client)') });
  });
});
