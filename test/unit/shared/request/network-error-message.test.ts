import { describe, expect, it } from 'vitest';
import { networkErrorMessage } from '../../../../shared/request/network-error-message';

describe('network-error-message', () => {
  it('names the URL and the next step for common failures', () => {
    const url = 'http://127.0.0.1:8000/items';
    expect(networkErrorMessage({ code: 'ECONNREFUSED' }, url, 30000).message).toBe('Could not reach http://127.0.0.1:8000/items (connection refused). Is the server running?');
    expect(networkErrorMessage({ code: 'ENOTFOUND' }, 'http://nope.invalid/x', 30000)).toEqual({ code: 'dns-failed', message: 'Could not find the host nope.invalid for http://nope.invalid/x. Check the address, or your network and DNS.' });
    expect(networkErrorMessage({ code: 'ECONNABORTED' }, url, 1500).message).toBe('No answer from http://127.0.0.1:8000/items within 1.5 s. Is the server slow or unreachable? Try again or raise the timeout.');
    expect(networkErrorMessage({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'https://h:1/', 1000).code).toBe('tls-certificate');
  });

  it('finds the code on a wrapped cause', () => {
    expect(networkErrorMessage({ code: 'ERR_NETWORK', cause: { code: 'ECONNRESET' } }, 'http://h/', 1000).code).toBe('connection-reset');
    expect(networkErrorMessage({ name: 'TimeoutError', message: 'The operation was aborted due to timeout' }, 'http://h/', 2000).code).toBe('timeout');
  });

  it('falls back to the error text for unknown failures', () => {
    expect(networkErrorMessage(new Error('socket hang up'), 'http://h/', 1000)).toEqual({ code: 'network', message: 'The request to http://h/ failed: socket hang up. Check the address and that the server is running.' });
  });
});
