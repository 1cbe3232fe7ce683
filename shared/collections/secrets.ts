/** Secret variable values stay in the app: they are dropped before anything is written or exported. */
import type { CollectionFile, Variable } from './format-v1';

/** The variables with each secret one's value removed (the key and the secret mark stay). */
export function withoutSecretValues(variables: readonly Variable[]): Variable[] {
  return variables.map((variable) => (variable.secret === true ? { key: variable.key, secret: true, ...(variable.description === undefined ? {} : { description: variable.description }) } : variable));
}

/** The collection file as it may be written to disk. */
export function collectionForDisk(collection: CollectionFile): CollectionFile {
  return { ...collection, variables: withoutSecretValues(collection.variables) };
}
