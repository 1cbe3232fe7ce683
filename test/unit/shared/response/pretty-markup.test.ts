import { describe, expect, it } from 'vitest';
import { prettyMarkup } from '../../../../shared/response/pretty-markup';

describe('pretty-markup', () => {
  it('puts each tag on its own line, indented, with short text inline', () => {
    expect(prettyMarkup('<?xml version="1.0"?><a><b>hi</b><c/><d><e>x</e></d></a>')).toBe(
      ['<?xml version="1.0"?>', '<a>', '  <b>hi</b>', '  <c/>', '  <d>', '    <e>x</e>', '  </d>', '</a>'].join('\n'),
    );
  });

  it('keeps void HTML tags and script bodies as they are', () => {
    expect(prettyMarkup('<div><br><script>if (a < b) {}</script></div>')).toBe(['<div>', '  <br>', '  <script>if (a < b) {}</script>', '</div>'].join('\n'));
  });
});
