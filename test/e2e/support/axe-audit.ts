/** Runs axe-core in the page and fails on serious or critical findings, in light and in dark. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { expect } from 'vitest';
import type { RoundtripPage } from './roundtrip-page';

// The page's CSP forbids inline scripts, so axe goes in through DevTools evaluation, which the CSP does not govern.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env['ROUNDTRIP_A11Y_SHOTS'] ?? '/tmp/roundtrip-a11y';

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
  /** For color-contrast: the colours and ratio axe measured. */
  readonly data?: unknown[];
}

async function audit(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations.map((v: Result) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.slice(0, 8).map((n) => n.target.join(' ')), ...(v.id === 'color-contrast' ? { data: v.nodes.slice(0, 8).map((n) => n.any[0]?.data) } : {}) }));
}

/** Fails on serious or critical findings, naming each rule and where it failed; milder ones are printed. */
export async function expectAccessible(app: RoundtripPage, screen: string): Promise<void> {
  const blocking: Record<string, Finding[]> = {};
  for (const scheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme: scheme });
    await app.page.screenshot({ path: `${SHOTS}-${screen}-${scheme}.png` });
    const findings = await audit(app.page);
    const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    const minor = findings.filter((f) => !serious.includes(f));
    if (minor.length > 0) console.warn(`${screen} (${scheme}): minor accessibility findings`, JSON.stringify(minor, null, 1));
    if (serious.length > 0) blocking[scheme] = serious;
  }
  await app.page.emulateMedia({ colorScheme: 'light' });
  expect(blocking, `${screen}: ${JSON.stringify(blocking, null, 1)}`).toEqual({});
}
