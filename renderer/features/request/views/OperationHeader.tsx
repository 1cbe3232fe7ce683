import { useMemo } from 'react';
import type { JsonSchema, OperationModel, SecurityRequirementModel } from '../../../../shared/model/api-model';
import { recursiveDefsReachedFrom } from '../../../../shared/spec/schema-recursion';
import { Markdown, SafeLink } from '../../../components/Markdown';
import { MethodBadge } from '../../../components/MethodBadge';

interface Props {
  readonly op: OperationModel;
  /** The model's schemaDefs: with them the header can say that the body schema contains itself. */
  readonly defs?: Readonly<Record<string, JsonSchema>>;
}

function schemaName(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1);
}

/** One requirement as words: "bearer", "oauth (read:pets, write:pets)", "apiKey + session". */
function requirementText(requirement: SecurityRequirementModel): string {
  const parts = Object.entries(requirement).map(([scheme, scopes]) => (scopes.length > 0 ? `${scheme} (${scopes.join(', ')})` : scheme));
  return parts.length === 0 ? 'no credentials' : parts.join(' + ');
}

function SecurityLine({ security }: { readonly security: readonly SecurityRequirementModel[] }) {
  if (security.length === 0) return null;
  const texts = security.map(requirementText);
  return (
    <p className="op-header-security" data-testid="op-security">
      <span className="mark">auth</span> {texts.length === 1 ? 'Needs' : 'Needs one of'}{' '}
      {texts.map((text, index) => (
        <span key={index}>
          {index > 0 && ' or '}
          <code>{text}</code>
        </span>
      ))}
    </p>
  );
}

/** What the operation is: method, path, summary, the document's description (safe Markdown), its docs link and auth. */
export function OperationHeader({ op, defs }: Props) {
  const recursive = useMemo(() => {
    if (defs === undefined || op.requestBody === undefined) return [];
    const found = new Set<string>();
    for (const media of op.requestBody.content) for (const ref of recursiveDefsReachedFrom(media.schema, defs)) found.add(ref);
    return [...found];
  }, [op.requestBody, defs]);
  return (
    <header className="op-header" data-testid="op-header">
      <div className="op-header-line">
        <MethodBadge method={op.method} size="large" />
        <code className={op.deprecated ? 'op-header-path op-row-deprecated' : 'op-header-path'}>{op.webhook === true ? op.path.slice(1) : op.path}</code>
        {op.webhook === true && (
          <span className="mark mark-webhook" data-testid="op-webhook-mark" title="Webhook: a request this API sends to you">
            webhook
          </span>
        )}
        {op.deprecated && <span className="chip chip-warning">deprecated</span>}
      </div>
      {op.summary !== undefined && <h2 className="op-header-summary">{op.summary}</h2>}
      {(op.operationId !== undefined || op.tags.length > 0) && (
        <div className="op-header-meta">
          {op.operationId !== undefined && <code className="chip chip-muted">{op.operationId}</code>}
          {op.tags.map((tag) => (
            <span key={tag} className="chip">
              {tag}
            </span>
          ))}
        </div>
      )}
      {op.webhook === true && <p className="muted op-header-note">A webhook: the API sends this request to you. Sending it here tries your own receiver.</p>}
      {op.description !== undefined && op.description !== op.summary && <Markdown text={op.description} className="op-header-description" />}
      {op.externalDocs !== undefined && (
        <p className="op-header-docs" data-testid="op-external-docs">
          <SafeLink href={op.externalDocs.url}>{op.externalDocs.description ?? 'Documentation'}</SafeLink>
        </p>
      )}
      {op.security !== undefined && <SecurityLine security={op.security} />}
      {recursive.length > 0 && (
        <p className="muted op-header-note" data-testid="op-recursive-body">
          <span className="mark">recursive</span> The body schema {recursive.map(schemaName).join(', ')} {recursive.length === 1 ? 'contains itself' : 'contain themselves'}: the body
          nests only as deep as you fill it in.
        </p>
      )}
    </header>
  );
}
