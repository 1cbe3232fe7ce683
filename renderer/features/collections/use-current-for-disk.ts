/**
 * The request open in the editor as a collection file gets it. Every way of saving it (the
 * Collections drawer, Ctrl/Cmd+S) goes through here, so the same request writes the same file:
 * the same {{references}} for its credentials and the same needsSecrets.
 */
import { useCallback } from 'react';
import type { SavedRequest } from '../../../shared/collections/format-v1';
import { mergeIntoSaved, savedAsCopy, savedFromDescription } from '../../../shared/collections/from-description';
import { requestForDisk } from '../../../shared/collections/secrets';
import type { RequestDescription } from '../../../shared/request/request-model';
import { withCurrentTests, type CurrentRequest } from './current-request';
import { useSecretReferences } from './use-secret-references';

/** A current request that a save can write (its form makes a URL; {{variables}} may lack values). */
export type BuiltCurrentRequest = CurrentRequest & { readonly template: RequestDescription };

/**
 * Turns `current` into the file named `name`, keeping what `existing` (the file saved over) holds that the editor does
 * not show; a new file (Save as) keeps likewise what `copyOf` (the file the request was opened from) holds.
 */
export type CurrentForDisk = (current: BuiltCurrentRequest, name: string, existing?: SavedRequest, copyOf?: SavedRequest) => SavedRequest;

/** The one conversion of the open request to what is written; must be used under the workspace's RequestExtrasProvider (typed credentials). */
export function useCurrentForDisk(): CurrentForDisk {
  const { references } = useSecretReferences();
  return useCallback(
    (current, name, existing, copyOf) => {
      // What was typed is saved ({{bookId}}, not its value now). Every save passes here, so none writes a key
      // beside a request it never went with.
      const request = current.keyForSave?.(current.template, current.request) ?? current.template;
      const fresh = savedFromDescription(request, name, current.op, current.baseUrl, current.baseAs);
      // Credentials and secret variables are saved as {{references}}, never in clear.
      const merged = existing === undefined ? savedAsCopy(copyOf, fresh, current.op) : mergeIntoSaved(existing, fresh, current.op);
      return requestForDisk(withCurrentTests(merged, current), references);
    },
    [references],
  );
}
