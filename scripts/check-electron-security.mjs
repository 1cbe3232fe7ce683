// Runs @doyensec/electronegativity over the built desktop app and fails on any finding of
// medium severity or above, or on a file it could not analyse. The tool's CLI always exits 0,
// so its library entry is called and its findings are read here.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

// Findings the tool asks a person to review, reviewed here. Each is pinned to its count, so
// a new occurrence (another openExternal, say) fails the run until someone reviews it too.
const REVIEWED = {
  OPEN_EXTERNAL_JS_CHECK: {
    count: 3,
    reason:
      'electron/main/secure-window.ts passes only http(s) URLs, parsed with URL, from a link the user clicked; ' +
      'an OAuth 2.0 login (electron/services/auth/interactive-login.ts, an injected opener) opens its authorization ' +
      'address through electron/main/open-external.ts, which parses it with URL and refuses anything but http(s)',
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
  // Called as a library: the CLI writes its CSV with two racing async writes, which can interleave.
  const runElectronegativity = require('@doyensec/electronegativity/dist/runner.js');
  const result = await runElectronegativity({
    input: scan,
    isSarif: false,
    customScan: [],
    // The release-feed check needs the internet, which our build machines do not have.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: false,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  // A file the tool could not parse hides its findings: that is a failure, not a pass.
  for (const error of result.errors ?? []) console.log(`FAIL could not analyse ${path.basename(String(error.file ?? '?'))}: ${error.message ?? error}`);
  const findings = result.issues.map((issue) => ({
    issue: issue.id,
    severity: issue.severity.name,
    file: String(issue.file ?? 'N/A'),
    location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
    description: issue.description,
  }));
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
  if (blocking.length > 0 || (result.errors ?? []).length > 0) process.exitCode = 1;
} finally {
  await rm(scan, { recursive: true, force: true });
}
