/** Finds the document a user asked to open on the command line: `roundtrip-desktop path/to/openapi.yaml`. */
import path from 'node:path';

const DOCUMENT = /\.(json|ya?ml)$/i;

/** The first argument that names an OpenAPI file, made absolute against `cwd`; flags and Electron's own arguments are skipped. */
export function specPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  // argv[0] is the executable; in development argv[1] is the app folder (".").
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-')) continue;
    if (DOCUMENT.test(argument)) return path.resolve(cwd, argument);
  }
  return undefined;
}
