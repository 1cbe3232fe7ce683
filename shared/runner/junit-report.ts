/**
 * A run as JUnit XML, in the shape CI systems read (Jenkins, GitLab, GitHub test reporters):
 * one <testsuite> per request sent (per iteration), one <testcase> per assertion or capture,
 * and an <error> case when no answer came back. An implicit status check (a request without
 * assertions) is a test case named "implicit: …"; a run with nothing asserted says so in a
 * comment at the top and in each suite's <system-out>. A followed redirect adds a "redirected" property
 * ("303 -> GET /orders/1 200") beside "status", which stays the final answer's.
 * The run's warnings (a spec that could not be read) are comments at the top.
 */
import { NOTHING_ASSERTED } from './cli-report';
import { nothingAsserted, type RunReport, type StepResult } from './run-result';
import { stepStatusText } from './status-text';

/** The report as a JUnit XML document. */
export function junitReport(report: RunReport): string {
  const { summary } = report;
  const nothing = nothingAsserted(summary);
  const suites = report.results.map((result) => suite(result, nothing));
  const errors = report.results.filter((r) => r.error !== undefined).length;
  const tests = report.results.reduce((n, r) => n + caseCount(r), 0);
  const failures = report.results.reduce((n, r) => n + r.assertions.filter((a) => !a.passed).length + r.captures.filter((c) => !c.ok).length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(summary.collection)}" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds(summary.durationMs)}">`,
    // "--" may not appear inside an XML comment.
    ...(report.warnings ?? []).map((warning) => `  <!-- ${text(warning).replace(/--/g, '- -')} -->`),
    ...(nothing ? [`  <!-- ${text(NOTHING_ASSERTED)} -->`] : []),
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function caseCount(result: StepResult): number {
  return result.error !== undefined ? 1 : Math.max(1, result.assertions.length + result.captures.length);
}

function suite(result: StepResult, noneWritten: boolean): string {
  const name = [...result.folders, result.name].join(' / ');
  const classname = attr(`${name}${result.iteration > 0 ? ` (iteration ${result.iteration + 1})` : ''}`);
  const time = seconds(result.timeMs);
  const cases: string[] = [];
  if (result.error !== undefined) {
    cases.push(`    <testcase name="${attr(`${result.method} ${result.url}`)}" classname="${classname}" time="${time}">\n      <error message="${attr(result.error)}" type="RequestError">${text(result.error)}</error>\n    </testcase>`);
  } else {
    for (const a of result.assertions) cases.push(testcase(a.name, classname, time, a.passed ? undefined : (a.message ?? 'failed')));
    for (const c of result.captures) cases.push(testcase(`capture ${c.name}`, classname, time, c.ok ? undefined : c.message));
    if (cases.length === 0) cases.push(testcase(`${result.method} ${result.url} answered ${stepStatusText(result)}`, classname, time, undefined));
  }
  const failures = result.assertions.filter((a) => !a.passed).length + result.captures.filter((c) => !c.ok).length;
  const implicitOnly = result.assertions.length > 0 && result.assertions.every((a) => a.implicit === true);
  return [
    `  <testsuite name="${classname}" tests="${caseCount(result)}" failures="${failures}" errors="${result.error === undefined ? 0 : 1}" time="${time}">`,
    `    <properties><property name="request" value="${attr(`${result.method} ${result.url}`)}"/><property name="status" value="${result.status ?? ''}"/>${result.redirected === undefined ? '' : `<property name="redirected" value="${attr(stepStatusText(result))}"/>`}${implicitOnly ? '<property name="checks" value="implicit"/>' : ''}${result.replayed === true ? '<property name="replayed" value="true"/>' : ''}</properties>`,
    ...cases,
    ...(noneWritten ? [`    <system-out>${text(NOTHING_ASSERTED)}</system-out>`] : []),
    '  </testsuite>',
  ].join('\n');
}

function testcase(name: string, classname: string, time: string, failure: string | undefined): string {
  if (failure === undefined) return `    <testcase name="${attr(name)}" classname="${classname}" time="${time}"/>`;
  return `    <testcase name="${attr(name)}" classname="${classname}" time="${time}">\n      <failure message="${attr(failure)}" type="AssertionFailure">${text(failure)}</failure>\n    </testcase>`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

// XML 1.0 cannot carry most control characters at all, even escaped: they are dropped.
function clean(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
