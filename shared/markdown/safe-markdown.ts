/**
 * Markdown from an untrusted document, reduced to a small tree of allowed nodes. Raw HTML is
 * kept as plain text (never markup), links keep their target only when it is http(s), images
 * become links (nothing loads by itself), and nesting is capped. The renderer maps this tree to
 * React elements, so nothing here can become live HTML.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes as MdastNode } from 'mdast';
import { safeHref } from './safe-href';

export { safeHref };

export type SafeNode =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'inlineCode'; readonly value: string }
  | { readonly type: 'code'; readonly value: string }
  | { readonly type: 'break' }
  | { readonly type: 'thematicBreak' }
  | { readonly type: 'heading'; readonly depth: number; readonly children: readonly SafeNode[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly children: readonly SafeNode[] }
  | { readonly type: 'link'; readonly href?: string; readonly children: readonly SafeNode[] }
  | { readonly type: 'paragraph' | 'blockquote' | 'listItem' | 'emphasis' | 'strong' | 'delete'; readonly children: readonly SafeNode[] };

const MAX_DEPTH = 24;
const MAX_CHARS = 200_000;

function textOf(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as MdastNode[]).map(textOf).join('');
  return '';
}

function convertChildren(node: MdastNode, depth: number): SafeNode[] {
  if (!('children' in node)) return [];
  return (node.children as MdastNode[]).flatMap((child) => convert(child, depth + 1));
}

function convert(node: MdastNode, depth: number): SafeNode[] {
  // Deeper than any real description: keep the words, drop the structure.
  if (depth > MAX_DEPTH) return [{ type: 'text', value: textOf(node) }];
  switch (node.type) {
    case 'root':
      return convertChildren(node, depth);
    case 'text':
    case 'html':
      return [{ type: 'text', value: node.value }];
    case 'inlineCode':
      return [{ type: 'inlineCode', value: node.value }];
    case 'code':
      return [{ type: 'code', value: node.value }];
    case 'break':
      return [{ type: 'break' }];
    case 'thematicBreak':
      return [{ type: 'thematicBreak' }];
    case 'heading':
      return [{ type: 'heading', depth: node.depth, children: convertChildren(node, depth) }];
    case 'list':
      return [{ type: 'list', ordered: node.ordered === true, children: convertChildren(node, depth) }];
    case 'paragraph':
    case 'blockquote':
    case 'listItem':
    case 'emphasis':
    case 'strong':
    case 'delete':
      return [{ type: node.type, children: convertChildren(node, depth) }];
    case 'link': {
      const href = safeHref(node.url);
      return [href === undefined ? { type: 'link', children: convertChildren(node, depth) } : { type: 'link', href, children: convertChildren(node, depth) }];
    }
    case 'image': {
      const href = safeHref(node.url);
      const label: SafeNode = { type: 'text', value: node.alt !== null && node.alt !== undefined && node.alt !== '' ? `[image: ${node.alt}]` : '[image]' };
      return [href === undefined ? label : { type: 'link', href, children: [label] }];
    }
    default:
      // Definitions, footnotes, tables without the GFM extension…: their text, nothing more.
      return 'children' in node ? convertChildren(node, depth) : [];
  }
}

/** Parses Markdown into the safe tree; never throws. */
export function parseSafeMarkdown(markdown: string): SafeNode[] {
  const text = markdown.length > MAX_CHARS ? `${markdown.slice(0, MAX_CHARS)}…` : markdown;
  try {
    return convert(fromMarkdown(text), 0);
  } catch {
    return [{ type: 'paragraph', children: [{ type: 'text', value: text }] }];
  }
}
