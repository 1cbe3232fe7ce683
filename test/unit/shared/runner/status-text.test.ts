import { describe, expect, it } from 'vitest';
import { stepStatusText } from '../../../../shared/runner/status-text';

describe('status-text', () => {
  it('shows the status alone, or a dash when nothing came back', () => {
    expect(stepStatusText({ status: 201, url: 'http://h/orders' })).toBe('201');
    expect(stepStatusText({ url: 'http://h/orders' })).toBe('-');
  });

  it('shows the request’s own answer and where its redirects led, the path when the origin is the same', () => {
    expect(stepStatusText({ status: 200, url: 'http://h/checkout', redirected: { statuses: [303], method: 'GET', url: 'http://h/orders/1?view=full' } })).toBe('303 -> GET /orders/1?view=full 200');
    expect(stepStatusText({ status: 200, url: 'http://h/a', redirected: { statuses: [301, 302], method: 'GET', url: 'https://other/b' } })).toBe('301 -> 302 -> GET https://other/b 200');
  });
});
