/**
 * Where Roundtrip keeps what the user made (collections, history, settings). The
 * desktop app and the browser host share one folder, so both see the same data.
 */
import { homedir } from 'node:os';
import path from 'node:path';

/**
 * ROUNDTRIP_DATA_DIR when set (tests use a fresh one each), else a `data` folder in the
 * platform's usual place. The `data` level keeps the user's files apart from the
 * caches Electron writes into its own profile folder beside it.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  const override = env['ROUNDTRIP_DATA_DIR'];
  if (override) return path.resolve(override);
  return path.join(appFolder(env, platform, home), 'data');
}

function appFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Roundtrip');
  if (platform === 'win32') return path.join(env['APPDATA'] || path.join(home, 'AppData', 'Roaming'), 'Roundtrip');
  // XDG says a relative value is invalid and must be ignored.
  const xdg = env['XDG_CONFIG_HOME'];
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config'), 'Roundtrip');
}
