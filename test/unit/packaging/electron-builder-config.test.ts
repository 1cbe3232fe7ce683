import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  productName: string;
  executableName: string;
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  mac: { target: string[] };
  win: { target: string[] };
}

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; devDependencies: Record<string, string>; scripts: Record<string, string> };

describe('electron-builder-config', () => {
  it('names the app and builds the installer of each platform', () => {
    expect(config.appId).toBe('dev.roundtrip.app');
    expect(config.productName).toBe('Roundtrip');
    expect(config.executableName).toBe('roundtrip-desktop');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(pkg.scripts['dist']).toContain('electron-builder --config electron-builder.json');
  });

  it('sets the security fuses', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packages the built app only: no sources, tests or development dependencies', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json']);
    expect(config.files).toContain('!**/*.map');
    expect(pkg.main.startsWith('dist/electron/')).toBe(true);
    // electron-builder packages production dependencies only; nothing here may name a dev one.
    const named = config.files.join(' ');
    for (const devDependency of Object.keys(pkg.devDependencies)) expect(named).not.toContain(`node_modules/${devDependency}`);
    for (const folder of ['test', 'shared', 'renderer/', 'electron/', 'bench', 'node_modules']) {
      expect(included.some((pattern) => pattern.startsWith(folder))).toBe(false);
    }
  });

  it('ships a 512 px icon', () => {
    const png = readFileSync(config.linux.icon);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
  });
});
