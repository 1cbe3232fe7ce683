/** The verify report for people (the cli reporter) and for CI (JUnit: one testcase per operation and check). */
import { CHECKS } from './verify-checks';
import type { VerifyPlan } from './verify-plan';
import type { VerifyReport } from './verify-report';

/** The plan, as --dry-run prints it. */
export function planText(plan: VerifyPlan): string {
  const lines: string[] = [];
  for (const op of plan.operations) {
    const running = op.checks.filter((c) => c.skip === undefined);
    lines.push(`${op.method} ${op.path}  (${op.changes})`);
    lines.push(`  runs: ${running.map((c) => `${c.name}${c.requests > 0 ? ` ~${c.requests}` : ''}`).join(', ') || 'nothing'}`);
    const skipped = op.checks.filter((c) => c.skip !== undefined);
    if (skipped.length > 0) lines.push(`  skips: ${skipped.map((c) => c.name).join(', ')}`);
  }
  lines.push(`${plan.operations.length} operations, about ${plan.requests} requests (at most, before shrinking and clean-up).`);
  return lines.join('\n');
}

/** The whole report as text: each finding with its evidence, then the summary. */
export function verifyText(report: VerifyReport): string {
  const lines: string[] = [];
  for (const op of report.operations) {
    const failed = op.checks.filter((c) => c.status === 'failed').length;
    const passed = op.checks.filter((c) => c.status === 'passed').length;
    lines.push(`${failed > 0 ? '✗' : '✓'} ${op.method} ${op.path}  ${passed} passed, ${failed} failed, ${op.checks.length - passed - failed} skipped`);
    // How a check passed when that is worth knowing (key-required accepting a declared 422 for 400).
    for (const check of op.checks) if (check.status === 'passed' && check.note !== undefined) lines.push(`    ${check.name}: ${check.note}`);
  }
  report.findings.forEach((finding, i) => {
    lines.push('', `${i + 1}) ${finding.check}  ${finding.method} ${finding.path}`, `   ${finding.message}`);
    if (finding.shrunkFrom !== undefined) lines.push(`   (shrunk from: ${finding.shrunkFrom})`);
    for (const each of finding.evidence.requests) {
      const answer = each.response === undefined ? (each.error ?? 'no answer') : String(each.response.status);
      lines.push(`   - ${each.step}: ${each.request.method} ${each.request.url} -> ${answer}`);
    }
    lines.push('   Reproduce:', ...finding.curl.split('\n').map((line) => `     ${line}`));
  });
  const { summary } = report;
  lines.push('', `${summary.operations} operations, ${summary.requests} requests, ${summary.failed} finding${summary.failed === 1 ? '' : 's'} in ${(summary.durationMs / 1000).toFixed(1)} s (seed ${report.seed}).${report.stopped === 'user' ? ' Stopped before the end.' : ''}`);
  return lines.join('\n');
}

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\r\n]+/g, ' ');
}

/** The report as JUnit XML: a testsuite per operation, a testcase per check (skipped and failed marked). */
export function verifyJunit(report: VerifyReport): string {
  const suites = report.operations.map((op) => {
    const name = `${op.method} ${op.path}`;
    const cases = op.checks.map((check) => {
      const open = `    <testcase classname="${attr(name)}" name="${attr(check.name)}" time="0">`;
      if (check.status === 'passed') return `${open}${check.note === undefined ? '' : `<system-out>${attr(check.note)}</system-out>`}</testcase>`;
      if (check.status === 'skipped') return `${open}<skipped message="${attr(check.reason ?? '')}"/></testcase>`;
      const finding = report.findings.find((f) => f.method === op.method && f.path === op.path && f.check === check.name);
      return `${open}<failure message="${attr(check.reason ?? '')}">${attr(finding?.curl ?? '')}</failure></testcase>`;
    });
    const failures = op.checks.filter((c) => c.status === 'failed').length;
    const skipped = op.checks.filter((c) => c.status === 'skipped').length;
    return [`  <testsuite name="${attr(name)}" tests="${op.checks.length}" failures="${failures}" skipped="${skipped}">`, ...cases, '  </testsuite>'].join('\n');
  });
  const tests = report.operations.reduce((n, op) => n + op.checks.length, 0);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="roundtrip verify ${attr(report.target)}" tests="${tests}" failures="${report.summary.failed}" time="${(report.summary.durationMs / 1000).toFixed(3)}">`, ...suites, '</testsuites>', ''].join('\n');
}

/** The list of checks with what each proves, for --help. */
export function checksHelp(): string {
  return CHECKS.map((c) => `  ${c.name.padEnd(30)} ${c.family.padEnd(16)} ${c.proves}`).join('\n');
}
