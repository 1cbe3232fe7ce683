import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../shared/text/escape-html';

describe('escape-html', () => {
  it('turns markup characters into character references', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});
