import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../../electron/services/data-dir';

describe('data-dir', () => {
  it('uses ROUNDTRIP_DATA_DIR when set', () => {
    expect(resolveDataDir({ ROUNDTRIP_DATA_DIR: '/tmp/rt-data' }, 'linux', '/home/a')).toBe('/tmp/rt-data');
  });

  it("follows each platform's convention", () => {
    expect(resolveDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/Roundtrip/data');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/a')).toBe('/cfg/Roundtrip/data');
    expect(resolveDataDir({ XDG_CONFIG_HOME: 'relative' }, 'linux', '/home/a')).toBe('/home/a/.config/Roundtrip/data');
    expect(resolveDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Roundtrip/data');
    expect(resolveDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toContain('Roundtrip');
  });
});
