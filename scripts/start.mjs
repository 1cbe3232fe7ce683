// `npm start`: launches the desktop app where the Electron binary is installed, and
// says in one line what to do instead where it is not (machines without internet).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electronBinary;
try {
  // The electron package exports the binary's path, and throws when the download never happened.
  electronBinary = require('electron');
} catch {
  electronBinary = undefined;
}
if (typeof electronBinary !== 'string') {
  console.error('Roundtrip: the Electron binary is not installed on this machine (it could not be downloaded); run `npm run web` to use Roundtrip in your browser instead.');
  process.exit(1);
}
const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
