/** Saves a body that the main process kept in a temp file: reads it in chunks, then offers it as a download. */
import { useCallback, useState } from 'react';
import type { BodyFile } from '../../../shared/request/request-model';
import { api } from '../../lib/api';

const CHUNK_BYTES = 8 * 1024 * 1024;

export type SaveState = { readonly kind: 'idle' } | { readonly kind: 'saving'; readonly savedBytes: number } | { readonly kind: 'done' } | { readonly kind: 'failed'; readonly message: string };

/** The save action for `file` and where it stands. */
export function useSaveBodyFile(file: BodyFile | undefined, contentType: string | undefined, name: string): { state: SaveState; save: () => void } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = useCallback(() => {
    if (!file) return;
    void (async () => {
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let offset = 0;
      setState({ kind: 'saving', savedBytes: 0 });
      for (;;) {
        const result = await api['response:read-file']({ id: file.id, offset, length: CHUNK_BYTES });
        if (!result.ok) return setState({ kind: 'failed', message: result.error.message });
        const binary = atob(result.value.base64);
        const bytes = new Uint8Array(binary.length);
        for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
        parts.push(bytes);
        offset += bytes.length;
        setState({ kind: 'saving', savedBytes: offset });
        if (result.value.eof || bytes.length === 0) break;
      }
      const url = URL.createObjectURL(new Blob(parts, { type: contentType ?? 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: 'done' });
    })();
  }, [file, contentType, name]);
  return { state, save };
}
