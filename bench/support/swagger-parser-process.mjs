// One process that does what swagger-parser's users do to open a document: validate(), then dereference().
// Imports nothing else, so its whole-process time is swagger-parser's own. Usage: node swagger-parser-process.mjs <file>
import SwaggerParser from '@apidevtools/swagger-parser';

const file = process.argv[2];
try {
  await SwaggerParser.validate(file);
} catch {
  // An invalid document is still dereferenced, as a loader that lists problems would.
}
await SwaggerParser.dereference(file);
