import { describe, expect, it } from 'vitest';
import { terminalText } from '../../../../shared/text/terminal-text';

describe('terminal-text', () => {
  it('writes escape, OSC and CSI sequences out as text', () => {
    const title = 'Pets\u001b[2J\u001b]0;owned\u0007\u001b]52;c;ZXZpbA==\u0007';
    const shown = terminalText(title);
    expect(shown).toBe('Pets\\e[2J\\e]0;owned\\u{7}\\e]52;c;ZXZpbA==\\u{7}');
    // eslint-disable-next-line no-control-regex -- looking for control characters on purpose
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('escapes carriage returns, C1 controls and bidirectional overrides, and keeps line feeds and tabs', () => {
    expect(terminalText('ok\rFAIL')).toBe('ok\\rFAIL');
    expect(terminalText('a\u009b31mb')).toBe('a\\u{9b}31mb');
    expect(terminalText('x\u202ey')).toBe('x\\u{202e}y');
    expect(terminalText('GET\t/pets\nPOST\t/pets')).toBe('GET\t/pets\nPOST\t/pets');
    expect(terminalText('Café ☕ 日本')).toBe('Café ☕ 日本');
  });
});
