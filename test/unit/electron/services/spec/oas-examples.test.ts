import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../electron/services/app-error';
import { loadSpec } from '../../../../../electron/services/spec/load-spec';

const root = path.resolve('node_modules/@readme/oas-examples');

function documents(): string[] {
  return ['2.0', '3.0', '3.1'].flatMap((version) => ['json', 'yaml'].flatMap((format) => {
    const folder = path.join(root, version, format);
    return readdirSync(folder).filter((name) => /\.(json|ya?ml)$/.test(name)).map((name) => path.join(folder, name));
  }));
}

interface Outcome {
  readonly file: string;
  readonly opened: boolean;
  readonly operations: number;
  readonly problems: number;
  readonly warnings: number;
  readonly error?: string;
}

describe('oas-examples', () => {
  it('opens every document of @readme/oas-examples that is meant to be valid', { timeout: 120_000 }, async () => {
    const outcomes: Outcome[] = [];
    for (const file of documents()) {
      try {
        const loaded = await loadSpec({ kind: 'file', path: file });
        outcomes.push({ file, opened: true, operations: loaded.model.operations.length, problems: loaded.problems.filter((p) => p.severity === 'error').length, warnings: loaded.problems.filter((p) => p.severity === 'warning').length });
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error;
        outcomes.push({ file, opened: false, operations: 0, problems: 0, warnings: 0, error: `${error.code}: ${error.message}` });
      }
    }
    const relative = (file: string): string => path.relative(root, file);
    const failed = outcomes.filter((o) => !o.opened);
    const withProblems = outcomes.filter((o) => o.opened && o.problems > 0);
    if (process.env['ROUNDTRIP_REPORT'] === '1') {
      const operations = outcomes.reduce((sum, o) => sum + o.operations, 0);
      const warned = outcomes.filter((o) => o.warnings > 0);
      console.log(`oas-examples: ${outcomes.length} documents, ${outcomes.length - failed.length} opened (${operations} operations), ${withProblems.length} with validation problems, ${warned.length} with normalizer warnings, ${failed.length} refused`);
      for (const o of warned) console.log(`  warnings ${relative(o.file)}: ${o.warnings}`);
      for (const o of failed) console.log(`  refused ${relative(o.file)}: ${o.error ?? ''}`);
      for (const o of withProblems) console.log(`  problems ${relative(o.file)}: ${o.problems}`);
    }
    expect(outcomes.length).toBeGreaterThan(100);
    expect(failed.map((o) => `${relative(o.file)}: ${o.error ?? ''}`)).toEqual([]);
  });
});
