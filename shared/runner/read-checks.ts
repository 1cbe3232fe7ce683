/**
 * Reading one assertion or capture as a request file holds it (a plain record) against the schemas
 * the runner uses, with what is wrong in words: the Tests tab shows it on the item's row, and its
 * inline results judge only what reads. Apart from test-edits because it carries zod, which the
 * page loads only with the Tests tab.
 */
import { assertionSchema, captureSchema, type Assertion, type Capture } from './assertion-model';
import type { SavedCheck } from './test-edits';

/** The assertion `raw` holds, or what is wrong with it (shown on its row; the runner would refuse it). */
export function readAssertion(raw: SavedCheck): { ok: true; assertion: Assertion } | { ok: false; message: string } {
  const parsed = assertionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: issuesText(parsed.error.issues) };
  const pattern = parsed.data.type === 'header' || parsed.data.type === 'body' || (parsed.data.type === 'json' && parsed.data.op === 'matches') ? patternProblem(parsed.data) : undefined;
  return pattern === undefined ? { ok: true, assertion: parsed.data } : { ok: false, message: pattern };
}

/** The capture `raw` holds, or what is wrong with it. */
export function readCapture(raw: SavedCheck): { ok: true; capture: Capture } | { ok: false; message: string } {
  const parsed = captureSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: issuesText(parsed.error.issues) };
  if (parsed.data.from !== 'status' && (parsed.data.path ?? '').trim() === '') return { ok: false, message: parsed.data.from === 'header' ? 'give the header to read' : 'give the JSON path to read' };
  return { ok: true, capture: parsed.data };
}

function patternProblem(assertion: Assertion): string | undefined {
  if (!('op' in assertion) || assertion.op !== 'matches') return undefined;
  const source = 'value' in assertion && typeof assertion.value === 'string' ? assertion.value : '';
  try {
    new RegExp(source);
    return undefined;
  } catch (error) {
    return `/${source}/ is not a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
}

function issuesText(issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[]): string {
  return issues
    .slice(0, 2)
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}
