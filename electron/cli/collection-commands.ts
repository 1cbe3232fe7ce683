/** `roundtrip import` and `roundtrip export`: collections from and to Postman, curl and OpenAPI. */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../services/fs/atomic-write';
import { exportText, readCollectionFolder, requestCount, type ExportFormat } from '../services/collections/export-collection';
import { importCollection, type ImportFormat } from '../services/collections/import-collection';
import { writeTree } from '../services/collections/write-tree';
import type { CommandIo } from './inspect-command';

export const IMPORT_USAGE = 'roundtrip import <postman.json | openapi file or URL | curl-file> --out <collection-folder> [--format postman|curl|openapi] [--env <postman-environment.json>]';
export const EXPORT_USAGE = 'roundtrip export <collection-folder> --format postman|curl --out <file>';

/** Parses "--name value" options; returns the positional arguments and options, or an error message. */
function parseArgs(args: readonly string[], allowed: readonly string[]): { positional: string[]; options: Map<string, string> } | string {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!allowed.includes(name)) return `unknown option --${name}`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return `--${name} needs a value`;
    options.set(name, value);
  }
  return { positional, options };
}

/** Runs `roundtrip import`; returns the exit code. */
export async function importCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args, ['out', 'format', 'env']);
  const fail = (why: string): number => (io.err(`roundtrip import: ${why}. Usage: ${IMPORT_USAGE}`), 2);
  if (typeof parsed === 'string') return fail(parsed);
  const [source, ...extra] = parsed.positional;
  const out = parsed.options.get('out');
  const format = parsed.options.get('format');
  if (source === undefined || extra.length > 0) return fail('give exactly one file or URL to import');
  if (out === undefined) return fail('give the folder to write the collection to with --out');
  if (format !== undefined && !['postman', 'curl', 'openapi'].includes(format)) return fail(`unknown format "${format}"`);
  if (await folderHasFiles(out)) return fail(`${out} already exists and is not empty; choose a new folder so nothing there is overwritten`);
  const env = parsed.options.get('env');
  const result = await importCollection(source, { ...(format === undefined ? {} : { format: format as ImportFormat }), ...(env === undefined ? {} : { environment: env }) });
  await writeTree(path.resolve(out), result.tree);
  for (const warning of result.warnings) io.err(`warning: ${warning}`);
  io.out(`Imported ${requestCount(result.tree)} request${requestCount(result.tree) === 1 ? '' : 's'} (${result.format}) into ${out}.`);
  return 0;
}

/** Runs `roundtrip export`; returns the exit code. */
export async function exportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args, ['out', 'format']);
  const fail = (why: string): number => (io.err(`roundtrip export: ${why}. Usage: ${EXPORT_USAGE}`), 2);
  if (typeof parsed === 'string') return fail(parsed);
  const [folder, ...extra] = parsed.positional;
  const out = parsed.options.get('out');
  const format = parsed.options.get('format');
  if (folder === undefined || extra.length > 0) return fail('give exactly one collection folder');
  if (format !== 'postman' && format !== 'curl') return fail(format === undefined ? 'choose --format postman or --format curl' : `unknown format "${format}"`);
  if (out === undefined) return fail('give the file to write with --out (use - for standard output)');
  const tree = await readCollectionFolder(folder);
  const text = exportText(tree, format as ExportFormat);
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
