// The end-to-end tests need Debian's Chromium and FastAPI, and the certificate tests openssl.
// Installs them when run as root with apt-get; otherwise stops with the exact command to run.
// Python's requests and HTTPie let the code-snippet tests run those snippets too: installed
// alongside when possible, skipped by those tests where they are missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const PYTHON = '/usr/bin/python3';
const PACKAGES = ['chromium', 'python3-fastapi', 'python3-uvicorn', 'python3-multipart', 'openssl', 'python3-requests', 'httpie'];

function hasFastApi() {
  if (!existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ['-c', 'import fastapi, uvicorn, multipart'], { stdio: 'ignore' }).status === 0;
}

function runs(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function missing() {
  const gaps = [];
  if (!existsSync(CHROMIUM)) gaps.push('chromium');
  if (!hasFastApi()) gaps.push('python3-fastapi python3-uvicorn python3-multipart');
  if (!runs('openssl', ['version'])) gaps.push('openssl');
  return gaps;
}

function missingOptional() {
  return !runs(PYTHON, ['-c', 'import requests']) || !runs('http', ['--version']);
}

let gaps = missing();
const isRootWithApt = typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
if (gaps.length > 0 || (isRootWithApt && missingOptional())) {
  if (isRootWithApt) {
    console.log(`Installing test dependencies with apt-get: ${PACKAGES.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
    gaps = missing();
  }
  if (gaps.length > 0) {
    console.error(`The end-to-end tests need Debian packages that are missing: ${gaps.join(', ')}.`);
    console.error(`Install them with: sudo apt-get install -y ${PACKAGES.join(' ')}`);
    process.exit(1);
  }
}
