import { describe, expect, it } from 'vitest';
import { appEvent, isAppEvent, type AppEvent } from '../../../../shared/ipc/events';

describe('events', () => {
  it('narrows the payload by the event name', () => {
    const event: AppEvent = appEvent('spec:changed', { location: '/specs/a.yaml' });
    expect(event.name === 'spec:changed' ? event.payload.location : undefined).toBe('/specs/a.yaml');
  });

  it('accepts a frame with a known name and an object payload, and refuses others', () => {
    expect(isAppEvent(JSON.parse('{"name":"app:ready","payload":{"at":1}}'))).toBe(true);
    for (const frame of ['{"name":"app:gone","payload":{}}', '{"name":"app:ready"}', '{"name":"app:ready","payload":3}', '{"name":"toString","payload":{}}', 'null', '[]']) {
      expect(isAppEvent(JSON.parse(frame))).toBe(false);
    }
  });
});
