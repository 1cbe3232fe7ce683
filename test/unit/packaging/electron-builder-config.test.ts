import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  productName: string;
  executableName: string;
  files: string[];
  asar: boolean;
  asarUnpack?: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  mac: { target: string[]; fileAssociations?: { ext: string[]; role: string; rank: string }[] };
  fileAssociations?: unknown;
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

  it('offers Roundtrip for OpenAPI files on macOS (Open With, Dock recents) without claiming .json as their default app anywhere', () => {
    expect(config.mac.fileAssociations).toEqual([{ ext: ['yaml', 'yml', 'json'], name: 'OpenAPI document', role: 'Viewer', rank: 'Alternate' }]);
    // Top-level associations would make the Windows installer register Roundtrip for every .json file.
    expect(config.fileAssociations).toBeUndefined();
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

  it('keeps the worker bundles inside the asar, where Electron 18+ loads worker threads from', () => {
    // scripts/build.mjs writes the worker beside main.cjs, which findBuiltWorker looks for.
    const build = readFileSync('scripts/build.mjs', 'utf8');
    const workers = [...build.matchAll(/outfile: '(dist\/electron\/[\w-]+-worker\.cjs)'/g)].map((match) => match[1]);
    expect(workers).toEqual(['dist/electron/spec-worker.cjs']);
    expect(config.files).toContain('dist/electron/**');
    // Unpacked files escape the asar integrity fuse, so the workers stay packed: Electron initializes
    // asar support in worker threads since 18 (electron/electron#33216). An older Electron would need asarUnpack.
    expect(Number(/\d+/.exec(pkg.devDependencies.electron ?? '')?.[0])).toBeGreaterThanOrEqual(18);
    expect((config.asarUnpack ?? []).filter((pattern) => /worker|dist\/electron/.test(pattern))).toEqual([]);
  });

  it('ships a 512 px icon', () => {
    const png = readFileSync(config.linux.icon);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
  });
});
