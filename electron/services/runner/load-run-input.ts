/**
 * Finds what a run needs on disk: the collection a folder belongs to (the folder itself may be
 * a sub-folder, run alone), its environment and where its spec is (read-run-spec.ts reads it). Bad
 * input is a UserFacingError.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_FILE } from '../../../shared/collections/file-names';
import { parseDataRows, type DataRows } from '../../../shared/runner/data-rows';
import { planRun, type RunPlan } from '../../../shared/runner/run-plan';
import { describeIssues } from '../../../shared/saved/versioned-file';
import { collectionTlsSchema, type CollectionTls } from '../../../shared/tls/tls-settings';
import { UserFacingError } from '../app-error';
import { resolveFolderArgument, resolveId } from '../collections/collection-paths';
import { readCollection } from '../collections/read-tree';
import { asRecord, isRecord } from '../../../shared/values/is-record';

export interface RunInput {
  readonly plan: RunPlan;
  /** The collection's folder on disk. */
  readonly collectionDir: string;
  /** Where the collection's spec is (a path relative to the collection, or a URL), when it names one. */
  readonly specSource?: string;
  /** The collection's client certificates and CAs (collection.json's `tls`). */
  readonly tls?: CollectionTls;
}

/** Reads the collection holding `target` (a collection folder or a folder inside one) into a plan. */
export async function loadRunInput(target: string): Promise<RunInput> {
  const info = await stat(path.resolve(target)).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserFacingError('no-collection', `${path.resolve(target)} is not a folder. Give the folder of a saved collection (the one holding ${COLLECTION_FILE}).`);
  const absolute = await resolveFolderArgument(target);
  let dir = absolute;
  while (!existsSync(path.join(dir, COLLECTION_FILE))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new UserFacingError('no-collection', `${absolute} holds no ${COLLECTION_FILE}, nor does any folder above it. Give the folder of a saved collection.`);
    dir = parent;
  }
  const listing = await readCollection(path.dirname(dir), path.basename(dir));
  const folderId = dir === absolute ? undefined : `${path.basename(dir)}/${path.relative(dir, absolute).split(path.sep).join('/')}`;
  const plan = planRun(listing, folderId);
  if (plan.problems.length > 0) {
    throw new UserFacingError('broken-collection', `The collection in ${dir} cannot run:\n  ${plan.problems.join('\n  ')}\nFix these files (or remove them) and run again.`);
  }
  const source = listing.collection?.spec?.source;
  // The collection's and folders' variables travel with each step of the plan (PlannedStep.scopes).
  const tls = listing.collection?.tls;
  return { plan, collectionDir: dir, ...(source === undefined ? {} : { specSource: source }), ...(tls === undefined ? {} : { tls }) };
}

/**
 * The variables of `--env NAME|FILE`: a JSON file (Roundtrip's {name, variables:[{name,value}]},
 * Postman's {values:[{key,value,enabled}]}, or a flat {"key": "value"}), or a name looked up as
 * <collection>/environments/<NAME>.json.
 */
export async function loadEnvironment(env: string, collectionDir: string): Promise<Record<string, string>> {
  return (await loadEnvironmentFile(env, collectionDir)).variables;
}

/** Like loadEnvironment, with the file's `tls` block (client certificates, CAs) when it has one. */
export async function loadEnvironmentFile(env: string, collectionDir: string): Promise<{ variables: Record<string, string>; tls?: CollectionTls; file: string }> {
  const asFile = path.resolve(env);
  // A name is looked up only as a plain file name: "../x" never reaches outside environments/.
  const named = /^[^./\\][^/\\]*$/.test(env) ? resolveId(path.join(collectionDir, 'environments'), `${env}.json`) : '';
  const file = existsSync(asFile) && (await stat(asFile)).isFile() ? asFile : named !== '' && existsSync(named) ? named : undefined;
  if (file === undefined) {
    const known = await readdir(path.join(collectionDir, 'environments')).then((names) => names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)), () => [] as string[]);
    throw new UserFacingError(
      'unknown-environment',
      `Unknown environment "${env}": no such file, and no ${path.join('environments', `${env}.json`)} in ${collectionDir}. ${known.length > 0 ? `Known environments: ${known.join(', ')}.` : 'Give a JSON file with the variables, or save one there.'}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new UserFacingError('broken-environment', `The environment file ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix it and run again.`);
  }
  const variables = environmentVariables(parsed);
  if (!variables) throw new UserFacingError('broken-environment', `The environment file ${file} is not an environment: expected {"variables":[{"name","value"}]}, Postman's {"values":[{"key","value"}]}, or {"name":"value"}.`);
  const tlsBlock = typeof parsed === 'object' && parsed !== null && 'tls' in parsed && typeof parsed.tls === 'object' ? parsed.tls : undefined;
  if (tlsBlock === undefined) return { variables, file };
  const tls = collectionTlsSchema.safeParse(tlsBlock);
  if (!tls.success) throw new UserFacingError('broken-environment', `The "tls" block of the environment file ${file} is not valid: ${describeIssues(tls.error.issues)}. Fix it and run again.`);
  delete variables['tls'];
  return { variables, tls: tls.data, file };
}

function environmentVariables(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const record = value;
  const rows = Array.isArray(record['variables']) ? record['variables'] : Array.isArray(record['values']) ? record['values'] : undefined;
  const out: Record<string, string> = {};
  if (rows) {
    for (const row of rows as unknown[]) {
      if (typeof row !== 'object' || row === null) return undefined;
      // A row that is a list names no variable: it is passed over below.
      const r = asRecord(row) ?? {};
      const name = r['name'] ?? r['key'];
      // A secret variable is saved without its value: it comes from --var or an environment file of your own.
      if (typeof name !== 'string' || r['enabled'] === false || (r['secret'] === true && r['value'] === undefined)) continue;
      out[name] = typeof r['value'] === 'string' ? r['value'] : JSON.stringify(r['value'] ?? '');
    }
    return out;
  }
  for (const [key, v] of Object.entries(record)) out[key] = typeof v === 'string' ? v : JSON.stringify(v);
  return out;
}

/** The rows of a `--data` file (.csv or .json), one per iteration. */
export async function loadDataRows(file: string): Promise<DataRows> {
  const absolute = path.resolve(file);
  const extension = path.extname(absolute).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') throw new UserFacingError('bad-data-file', `The data file ${absolute} is neither .csv nor .json. Give a CSV file with a header line, or a JSON array of objects.`);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new UserFacingError('bad-data-file', `Could not read the data file ${absolute} (${error instanceof Error ? error.message : String(error)}). Check the path given to --data.`);
  }
  const parsed = parseDataRows(text, extension === '.csv' ? 'csv' : 'json');
  if (!parsed.ok) throw new UserFacingError('bad-data-file', `The data file ${absolute} cannot be used: ${parsed.message}.`);
  return parsed.rows;
}
