/**
 * A LoadedSpec that arrives as its final JSON text. The spec worker serializes the model once; the
 * main thread receives one string (a memory copy, where an object graph of a 13 MB document costs
 * 100+ ms of structured-clone decoding) and the browser host writes that text into its response
 * as is. Anything else that reads the object (Electron's IPC clone, the CLI, tests) gets it
 * through getters that parse the text on first use, so every caller still sees a plain LoadedSpec.
 */
import type { LoadedSpec, SpecOrigin } from '../../../shared/model/api-model';

const JSON_TEXT = Symbol('roundtrip.pre-serialized-json');

/** Wraps a LoadedSpec's JSON text (from JSON.stringify) as a LoadedSpec, adding `validationId` if given. */
export function preSerializedSpec(json: string, origin: SpecOrigin, validationId?: string): LoadedSpec {
  // Spliced into the text exactly where `{ ...spec, validationId }` would put it.
  const text = validationId === undefined ? json : `${json.slice(0, -1)},"validationId":${JSON.stringify(validationId)}}`;
  let parsed: LoadedSpec | undefined;
  const value = (): LoadedSpec => (parsed ??= JSON.parse(text) as LoadedSpec);
  const spec = {};
  // Same key order as the plain object, so a structured clone or JSON.stringify of it is identical.
  Object.defineProperties(spec, {
    origin: { enumerable: true, get: () => (parsed === undefined ? origin : parsed.origin) },
    model: { enumerable: true, get: () => value().model },
    problems: { enumerable: true, get: () => value().problems },
    ...(validationId === undefined ? {} : { validationId: { enumerable: true, value: validationId } }),
    [JSON_TEXT]: { enumerable: false, value: text },
  });
  return spec as LoadedSpec;
}

/** The JSON text a value was built from by preSerializedSpec, to write out without stringifying; else undefined. */
export function preSerializedJson(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const text: unknown = (value as { [JSON_TEXT]?: unknown })[JSON_TEXT];
  return typeof text === 'string' ? text : undefined;
}
