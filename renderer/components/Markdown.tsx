import { useMemo, type ReactNode } from 'react';
import type { SafeNode } from '../../shared/markdown/safe-markdown';
import { safeHref } from '../../shared/markdown/safe-href';
import { useLazyModule } from '../lib/use-lazy-module';

// The parser (micromark) is a fifth of the page's code and no start screen needs it.
const loadMarkdown = () => import('../../shared/markdown/safe-markdown');

interface Props {
  readonly text: string;
  readonly className?: string;
}

function render(nodes: readonly SafeNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'inlineCode':
        return <code key={index}>{node.value}</code>;
      case 'code':
        return (
          <pre key={index} className="md-code">
            <code>{node.value}</code>
          </pre>
        );
      case 'break':
        return <br key={index} />;
      case 'thematicBreak':
        return <hr key={index} />;
      case 'heading':
        // Headings inside a description stay small: they belong to the text, not to the page outline.
        return (
          <p key={index} className="md-heading">
            <strong>{render(node.children)}</strong>
          </p>
        );
      case 'list':
        return node.ordered ? <ol key={index}>{render(node.children)}</ol> : <ul key={index}>{render(node.children)}</ul>;
      case 'listItem':
        return <li key={index}>{render(node.children)}</li>;
      case 'paragraph':
        return <p key={index}>{render(node.children)}</p>;
      case 'blockquote':
        return <blockquote key={index}>{render(node.children)}</blockquote>;
      case 'emphasis':
        return <em key={index}>{render(node.children)}</em>;
      case 'strong':
        return <strong key={index}>{render(node.children)}</strong>;
      case 'delete':
        return <del key={index}>{render(node.children)}</del>;
      case 'link':
        // Only http(s) survives parsing; Electron hands target=_blank to the system browser.
        return node.href === undefined ? (
          <span key={index}>{render(node.children)}</span>
        ) : (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer">
            {render(node.children)}
          </a>
        );
    }
    return null;
  });
}

/** A description from the document, rendered from the safe Markdown tree: never as HTML. */
export function Markdown({ text, className }: Props) {
  const markdown = useLazyModule(loadMarkdown);
  // Until the parser has arrived (a moment, once per window), the text shows as plain text.
  const nodes = useMemo(() => markdown?.parseSafeMarkdown(text), [markdown, text]);
  return (
    <div className={className === undefined ? 'markdown' : `markdown ${className}`} data-testid="markdown">
      {nodes === undefined ? <p>{text}</p> : render(nodes)}
    </div>
  );
}

interface LinkProps {
  readonly href: string | undefined;
  readonly children: ReactNode;
}

/** A link from the document (externalDocs, contact, terms): live only for http(s), else plain text. */
export function SafeLink({ href, children }: LinkProps) {
  const safe = useMemo(() => safeHref(href), [href]);
  if (safe === undefined) return <span className="unsafe-link" title="Not an http(s) link: shown as text">{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
