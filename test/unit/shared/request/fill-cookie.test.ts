import { describe, expect, it } from 'vitest';
import { fillCookie } from '../../../../shared/request/fill-cookie';
import { VariableFiller } from '../../../../shared/request/variable-scopes';

describe('fill-cookie', () => {
  it('encodes each value as the form encodes a cookie parameter, so it cannot split the header', () => {
    const filler = new VariableFiller({ crumb: 'a b;c', id: '7' });
    expect(fillCookie('session={{crumb}}; id={{id}}; fixed=a%20b', filler, 'header Cookie')).toBe('session=a%20b%3Bc; id=7; fixed=a%20b');
  });

  it('serializes an array cookie as its parameter says, and leaves an unresolved name as typed', () => {
    const filler = new VariableFiller({ ids: '1,2' });
    expect(fillCookie('ids={{ids}}; lone={{ids}}; gone={{missing}}', filler, 'header Cookie', [{ in: 'cookie', name: 'ids', array: true }])).toBe('ids=1; ids=2; lone=1%2C2; gone={{missing}}');
    expect(filler.unresolved([]).map((u) => u.name)).toEqual(['missing']);
  });
});
