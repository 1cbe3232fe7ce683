import { describe, expect, it } from 'vitest';
import { hexDump } from '../../../../shared/response/hex-dump';

describe('hex-dump', () => {
  it('shows offset, hex and printable characters', () => {
    const lines = hexDump(new Uint8Array([0x48, 0x69, 0x00, 0xff]));
    expect(lines).toEqual([`00000000  ${'48 69 00 ff'.padEnd(47)}  |Hi..|`]);
  });

  it('stops at the limit', () => {
    expect(hexDump(new Uint8Array(100), 32)).toHaveLength(2);
  });
});
