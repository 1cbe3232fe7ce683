import { describe, expect, it } from 'vitest';
import { parseSafeMarkdown, safeHref, type SafeNode } from '../../../../shared/markdown/safe-markdown';

function links(nodes: readonly SafeNode[]): SafeNode[] {
  return nodes.flatMap((node) => [...(node.type === 'link' ? [node] : []), ...('children' in node ? links(node.children) : [])]);
}

describe('safe-markdown', () => {
  it('keeps http(s) links and drops javascript:, data: and relative targets', () => {
    const tree = parseSafeMarkdown('[a](https://example.com/x) [b](javascript:alert(1)) [c](JaVaScRiPt:alert(1)) [d](data:text/html,x) [e](/relative) ![i](javascript:x)');
    expect(links(tree).map((node) => (node.type === 'link' ? node.href : 'x'))).toEqual(['https://example.com/x', undefined, undefined, undefined, undefined]);
  });

  it('turns raw HTML into plain text, never markup', () => {
    const tree = parseSafeMarkdown('Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(JSON.stringify(tree)).toContain('"type":"text","value":"<script>"');
    expect(JSON.stringify(tree)).not.toContain('"type":"html"');
  });

  it('keeps structure: paragraphs, emphasis, code, lists', () => {
    const tree = parseSafeMarkdown('Some **bold** and `code`.\n\n- one\n- two\n\n```\nx\n```');
    expect(tree.map((node) => node.type)).toEqual(['paragraph', 'list', 'code']);
  });

  it('flattens pathological nesting instead of recursing without end', () => {
    const tree = parseSafeMarkdown(`${'> '.repeat(5000)}deep`);
    expect(JSON.stringify(tree)).toContain('deep');
  });

  it('accepts only absolute http(s) URLs as hrefs', () => {
    expect(safeHref('https://example.com')).toBe('https://example.com/');
    expect(safeHref(' javascript:alert(1)')).toBeUndefined();
    expect(safeHref('java\tscript:alert(1)')).toBeUndefined();
    expect(safeHref('mailto:x@example.com')).toBeUndefined();
  });
});
