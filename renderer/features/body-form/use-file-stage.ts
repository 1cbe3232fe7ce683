/** Stages a picked file in the main process a slice at a time, so the renderer never holds it whole. */
import { useCallback, useState } from 'react';
import type { FileRef } from '../../../shared/request/form-body';
import { api } from '../../lib/api';

// 512 KiB of bytes per call: about 700 KB of base64, well under the channel's cap.
const CHUNK_BYTES = 512 * 1024;

function base64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes arguments: feed it in slices that stay under the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface FileStage {
  /** Bytes staged of the file in progress, while one is. */
  readonly progress?: { readonly name: string; readonly bytes: number; readonly total: number };
  readonly error?: string;
  readonly stage: (file: File) => Promise<FileRef | undefined>;
}

/** Stages files through files:stage; answers a reference to keep in the body's fields. */
export function useFileStage(): FileStage {
  const [progress, setProgress] = useState<FileStage['progress']>();
  const [error, setError] = useState<string>();
  const stage = useCallback(async (file: File): Promise<FileRef | undefined> => {
    setError(undefined);
    let uploadId: string | undefined;
    let offset = 0;
    try {
      do {
        const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
        setProgress({ name: file.name, bytes: offset, total: file.size });
        const result = await api['files:stage']({ ...(uploadId ? { uploadId } : {}), name: file.name, ...(file.type ? { mediaType: file.type } : {}), offset, chunkBase64: base64(chunk) });
        if (!result.ok) {
          setError(result.error.message);
          return undefined;
        }
        uploadId = result.value.fileId;
        offset = result.value.bytes;
      } while (offset < file.size);
      return uploadId === undefined ? undefined : { $file: uploadId, name: file.name, size: file.size, ...(file.type ? { type: file.type } : {}) };
    } catch (err) {
      setError(`Could not read "${file.name}" (${(err as Error).message}). Pick it again.`);
      return undefined;
    } finally {
      setProgress(undefined);
    }
  }, []);
  return { progress, error, stage };
}
