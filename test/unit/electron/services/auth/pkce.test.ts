import { describe, expect, it } from 'vitest';
import { createPkce, createState, s256Challenge } from '../../../../../electron/services/auth/pkce';

describe('pkce', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', () => {
    expect(s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes a fresh 43-character verifier of unreserved characters and its challenge each time', () => {
    const a = createPkce();
    const b = createPkce();
    expect(a.verifier).toMatch(/^[A-Za-z0-9\-._~]{43}$/);
    expect(a.challenge).toBe(s256Challenge(a.verifier));
    expect(b.verifier).not.toBe(a.verifier);
  });

  it('makes an unguessable state per login', () => {
    expect(createState()).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(createState()).not.toBe(createState());
  });
});
