/**
 * Where Roundtrip keeps what the user made (collections, history, settings). The
 * desktop app and the browser host share one folder, so both see the same data.
 */
import { homedir } from 'node:os';
import path from 'node:path';

/** ROUNDTRIP_DATA_DIR when set (tests use a fresh one each), else the platform's usual place. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  const override = env['ROUNDTRIP_DATA_DIR'];
  if (override) return path.resolve(override);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Roundtrip');
  if (platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), 'Roundtrip');
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), 'Roundtrip');
}
