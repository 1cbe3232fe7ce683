import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectCommand } from '../../../../electron/cli/inspect-command';

const specs = path.resolve('test/fixtures/specs');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) } };
}

describe('inspect-command', () => {
  it('applies --max-size-mb to the document', async () => {
    const captured = io();
    await expect(inspectCommand([path.join(specs, 'pets-3.0.yaml'), '--max-size-mb=0.0001'], captured.io)).rejects.toMatchObject({ code: 'spec-too-large' });
    const bad = io();
    expect(await inspectCommand([path.join(specs, 'pets-3.0.yaml'), '--max-size-mb=lots'], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('--max-size-mb needs a positive number');
  });

  it('accepts --allow-ref-host and counts validation problems after waiting for them', async () => {
    const captured = io();
    expect(await inspectCommand([path.join(specs, 'invalid-but-parses.json'), '--allow-ref-host=example.com'], captured.io)).toBe(0);
    expect(captured.err.join('')).toMatch(/\d+ problems? found while validating/);
  });
});
