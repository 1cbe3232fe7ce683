/**
 * A client certificate's passphrase in a collection or environment file is never the secret itself,
 * only a {{variable}} naming it: the run (or the send) fills it from its own variables.
 */

/** The variable `reference` names ("{{certPass}}" gives "certPass"); undefined when it is not one reference. */
export function passphraseVariable(reference: string): string | undefined {
  return /^\{\{\s*([^{}\s]+)\s*\}\}$/.exec(reference)?.[1];
}

/** The variables the passphrases of `certificates` name, each once. */
export function passphraseVariables(certificates: readonly { readonly passphrase?: string | undefined }[]): string[] {
  const names = certificates.map((entry) => (entry.passphrase === undefined ? undefined : passphraseVariable(entry.passphrase)));
  return [...new Set(names.filter((name): name is string => name !== undefined))];
}
