import { describe, expect, it } from 'vitest';
import { maskSecrets, secretMasker } from '../../../../shared/security/mask-secrets';

describe('mask-secrets', () => {
  it('masks a secret as typed, URL-encoded and JSON-escaped, longest first, in one pass', () => {
    const mask = secretMasker(['a b/"c"', 'a b', 'x']);
    expect(mask('raw a b/"c" url a%20b%2F%22c%22 json a b\\/\\"c\\" short a b and x')).toBe('raw [redacted] url [redacted] json [redacted] short [redacted] and x');
    // A secret that is part of the replacement word is not masked inside it.
    expect(maskSecrets('red sec-1', ['sec-1', 'red'])).toBe('[redacted] [redacted]');
    expect(maskSecrets('k=v', undefined)).toBe('k=v');
    expect(maskSecrets('token tok-1', ['tok-1'], '<redacted>')).toBe('token <redacted>');
    expect(maskSecrets('a.*b a.*b', ['a.*b'])).toBe('[redacted] [redacted]');
  });
});
