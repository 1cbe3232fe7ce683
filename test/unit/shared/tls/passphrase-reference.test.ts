import { describe, expect, it } from 'vitest';
import { passphraseVariable, passphraseVariables } from '../../../../shared/tls/passphrase-reference';

describe('passphrase-reference', () => {
  it('reads the variable a passphrase names, and nothing from a literal or a template', () => {
    expect(passphraseVariable('{{certPass}}')).toBe('certPass');
    expect(passphraseVariable('{{ certPass }}')).toBe('certPass');
    expect(passphraseVariable('hunter2')).toBeUndefined();
    expect(passphraseVariable('pre-{{certPass}}')).toBeUndefined();
  });

  it('lists the variables a collection\'s certificates name, each once', () => {
    expect(passphraseVariables([{ passphrase: '{{a}}' }, {}, { passphrase: '{{a}}' }, { passphrase: '{{b}}' }, { passphrase: 'literal' }])).toEqual(['a', 'b']);
  });
});
