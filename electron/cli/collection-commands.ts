/** `roundtrip import` and `roundtrip export`: collections from Postman, Insomnia, Bruno, HAR, curl and OpenAPI, and to Postman and curl. */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../services/fs/atomic-write';
import { exportText, readCollectionAt, requestCount, type ExportFormat } from '../services/collections/export-collection';
import { IMPORT_FORMATS } from '../../shared/collections/import-formats';
import { importCollection } from '../services/collections/import-collection';
import { writeCollectionAtomically } from '../services/collections/write-collection-atomically';
import { commandLine, parseCommandLine, usageError, type CommandIo } from './command-line';

export const IMPORT_COMMAND = commandLine({
  name: 'roundtrip import',
  usage: 'roundtrip import <file | Bruno folder | OpenAPI URL> --out <collection-folder> [--format postman|insomnia|bruno|har|curl|openapi] [--env <postman-environment.json>]',
  help: `Make a collection folder from a Postman collection (v2.1), an Insomnia export (v4 JSON or
v5 YAML), a Bruno collection folder (or one .bru file), a HAR file, an OpenAPI document (one
request per operation, a folder per tag) or a file of curl commands. What the source holds that
Roundtrip cannot carry (scripts, some auth types, cookies...) is listed on stderr.

Options:
  --out FOLDER     The collection folder to write (new or empty)
  --format NAME    postman, insomnia, bruno, har, curl or openapi (detected when left out)
  --env FILE       A Postman environment to add to the collection
  -h, --help       Show this help

Exit codes: 0 imported, 2 bad input (an unreadable or unknown file, a folder that is not empty, a bad option).`,
  options: { out: { type: 'string' }, format: { type: 'string' }, env: { type: 'string' } },
});

export const EXPORT_COMMAND = commandLine({
  name: 'roundtrip export',
  usage: 'roundtrip export <collection-folder> --format postman|curl --out <file>',
  help: `Write a collection as a Postman v2.1 collection (runs in newman) or as curl commands.

Options:
  --format NAME    postman or curl
  --out FILE       The file to write; - for standard output
  -h, --help       Show this help

Exit codes: 0 exported, 2 bad input (not a collection folder, a bad option).`,
  options: { out: { type: 'string' }, format: { type: 'string' } },
});

const EXPORT_FORMATS: readonly ExportFormat[] = ['postman', 'curl'];

/** Runs `roundtrip import`; returns the exit code. */
export async function importCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandLine(IMPORT_COMMAND, args, io);
  if (typeof parsed === 'number') return parsed;
  const fail = (why: string): number => usageError(IMPORT_COMMAND, io, why);
  const [source, ...extra] = parsed.positionals;
  const { out, format: formatName, env } = parsed.values;
  const format = IMPORT_FORMATS.find((known) => known === formatName);
  if (source === undefined || extra.length > 0) return fail('give exactly one file or URL to import');
  if (out === undefined) return fail('give the folder to write the collection to with --out');
  if (formatName !== undefined && format === undefined) return fail(`unknown format "${formatName}" (use ${IMPORT_FORMATS.join(', ')})`);
  if (await folderHasFiles(out)) return fail(`${out} already exists and is not empty; choose a new folder so nothing there is overwritten`);
  const result = await importCollection(source, { ...(format === undefined ? {} : { format }), ...(env === undefined ? {} : { environment: env }) });
  await writeCollectionAtomically(path.resolve(out), result.tree);
  if (result.warnings.length > 0) io.err(`Left out or changed (${result.warnings.length}):\n${result.warnings.map((w) => `  - ${w}`).join('\n')}`);
  io.out(`Imported ${requestCount(result.tree)} request${requestCount(result.tree) === 1 ? '' : 's'} (${result.format}) into ${out}.`);
  return 0;
}

/** Runs `roundtrip export`; returns the exit code. */
export async function exportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandLine(EXPORT_COMMAND, args, io);
  if (typeof parsed === 'number') return parsed;
  const fail = (why: string): number => usageError(EXPORT_COMMAND, io, why);
  const [folder, ...extra] = parsed.positionals;
  const { out, format: formatName } = parsed.values;
  const format = EXPORT_FORMATS.find((known) => known === formatName);
  if (folder === undefined || extra.length > 0) return fail('give exactly one collection folder');
  if (format === undefined) return fail(formatName === undefined ? 'choose --format postman or --format curl' : `unknown format "${formatName}" (use postman or curl)`);
  if (out === undefined) return fail('give the file to write with --out (use - for standard output)');
  const { tree, dir } = await readCollectionAt(folder);
  const text = exportText(tree, format, dir);
  if (out === '-') io.out(text.trimEnd());
  else {
    await fsp.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFileAtomic(path.resolve(out), text);
    io.out(`Exported ${requestCount(tree)} request${requestCount(tree) === 1 ? '' : 's'} as ${format} to ${out}.`);
  }
  return 0;
}

async function folderHasFiles(folder: string): Promise<boolean> {
  try {
    return (await fsp.readdir(folder)).length > 0;
  } catch {
    return false;
  }
}
