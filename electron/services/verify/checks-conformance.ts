/**
 * The conformance checks, judged on every response verify received for an operation (whichever
 * check sent it): no 5xx, the status, content type, body schema and required headers as
 * declared. The response validator (electron/services/validation) did the judging at send time.
 */
import type { Violation } from '../../../shared/response/response-validation';
import { failed, PASSED, type CheckResult } from './operation-context';
import type { Exchange } from './verify-session';

const KIND_OF: Readonly<Record<string, Violation['kind']>> = {
  'status-conformance': 'status',
  'content-type-conformance': 'content-type',
  'response-schema-conformance': 'body',
  'response-headers-conformance': 'header',
};

/** The result of one conformance check over the operation's exchanges. */
export function conformanceResult(check: string, exchanges: readonly Exchange[]): CheckResult {
  if (check === 'no-server-error') {
    const broken = exchanges.find((e) => (e.response?.status ?? 0) >= 500);
    if (broken?.response === undefined) return PASSED;
    return failed(`The server answered ${broken.response.status} (${broken.step}).`, [broken]);
  }
  const kind = KIND_OF[check];
  for (const exchange of exchanges) {
    const violations = exchange.response?.validation?.violations.filter((v) => v.kind === kind) ?? [];
    if (violations.length === 0) continue;
    return failed(`${listViolations(violations)} (answer ${exchange.response?.status ?? '?'} to ${exchange.step}).`, [exchange]);
  }
  return PASSED;
}

/** How many violations a finding spells out: a body that is wrong everywhere would otherwise fill the report. */
export const VIOLATIONS_SHOWN = 10;

/** Every violation of one answer (up to VIOLATIONS_SHOWN, then a count), as the response viewer lists them. */
function listViolations(violations: readonly Violation[]): string {
  const shown = violations.slice(0, VIOLATIONS_SHOWN).map((violation) => {
    const where = violation.pointer === undefined ? '' : ` at ${violation.pointer === '' ? 'the body' : violation.pointer}`;
    return `${violation.message.replace(/\.$/, '')}${where}`;
  });
  const more = violations.length - shown.length;
  const list = `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
  return violations.length === 1 ? list : `${violations.length} violations: ${list}`;
}
