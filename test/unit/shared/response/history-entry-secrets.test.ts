import { describe, it, expect } from 'vitest';
import { redactRequest } from '../../../../shared/response/history-entry';

describe('history-entry', () => {
  it('masks the request secret values wherever they appear: query, any header, body', () => {
    const recorded = redactRequest({
      method: 'POST',
      url: 'http://h/x?api_key=k%20123&other=1',
      headers: [
        { name: 'X-Trace', value: 'tok-999' },
        { name: 'Authorization', value: 'Bearer tok-999' },
      ],
      body: { mediaType: 'application/json', text: '{"token":"tok-999"}' },
      secretValues: ['k 123', 'tok-999'],
    });
    expect(JSON.stringify(recorded)).not.toMatch(/tok-999|k%20123|k 123/);
    expect(recorded.url).toBe('http://h/x?api_key=[redacted]&other=1');
    expect(recorded).not.toHaveProperty('secretValues');
  });
});
