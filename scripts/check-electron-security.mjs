// Runs @doyensec/electronegativity over the built desktop app and fails on any finding of
// medium severity or above. The tool itself always exits 0, so its CSV report is read here.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

// Findings the tool asks a person to review, reviewed here. Each is pinned to its count, so
// a new occurrence (another openExternal, say) fails the run until someone reviews it too.
const REVIEWED = {
  OPEN_EXTERNAL_JS_CHECK: {
    count: 1,
    reason: 'electron/main/secure-window.ts passes only http(s) URLs, parsed with URL, from a link the user clicked',
  },
};

const electronVersion = JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')).version;
const scan = await mkdtemp(path.join(tmpdir(), 'roundtrip-electronegativity-'));
try {
  // The tool parses .js and .html only: give it the bundles under those names.
  await copyFile('dist/electron/main.cjs', path.join(scan, 'main.js'));
  await copyFile('dist/electron/preload.cjs', path.join(scan, 'preload.js'));
  await copyFile('dist/renderer/index.html', path.join(scan, 'index.html'));
  await writeFile(path.join(scan, 'package.json'), JSON.stringify({ name: 'roundtrip', main: 'main.js', devDependencies: { electron: electronVersion } }));
  const report = path.join(scan, 'report.csv');
  const bin = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  // The release-feed check needs the internet, which our build machines do not have.
  await run(process.execPath, [bin, '-i', scan, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report, '-v', 'false'], { maxBuffer: 16 * 1024 * 1024 });
  const findings = parseCsv(await readFile(report, 'utf8'));
  const counts = new Map();
  for (const finding of findings) counts.set(finding.issue, (counts.get(finding.issue) ?? 0) + 1);
  const isReviewed = (finding) => REVIEWED[finding.issue]?.count === counts.get(finding.issue);
  const blocking = findings.filter((finding) => BLOCKING.has(finding.severity) && !isReviewed(finding));
  for (const finding of findings) {
    const verdict = !BLOCKING.has(finding.severity) ? 'note' : isReviewed(finding) ? 'reviewed' : 'FAIL';
    const why = verdict === 'reviewed' ? ` (reviewed: ${REVIEWED[finding.issue].reason})` : '';
    console.log(`${verdict} ${finding.severity} ${finding.issue} ${path.basename(finding.file)} ${finding.location}: ${finding.description}${why}`);
  }
  console.log(`electronegativity (Electron ${electronVersion}): ${findings.length} finding(s); ${blocking.length} unreviewed of medium severity or above.`);
  if (blocking.length > 0) process.exitCode = 1;
} finally {
  await rm(scan, { recursive: true, force: true });
}

// RFC 4180: quoted cells may hold commas, doubled quotes and line breaks (code samples do).
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell.trim());
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell.trim());
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  row.push(cell.trim());
  if (row.some((value) => value !== '')) rows.push(row);
  return rows.slice(1).map(([issue = '', severity = '', , file = 'N/A', location = '', , description = '']) => ({ issue, severity, file, location, description }));
}
