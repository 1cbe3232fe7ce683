/**
 * The in-app import's first step: a picked, dropped or pasted source, read as text (a Bruno
 * folder as its files), detected and summarized by the main side exactly as `roundtrip import`
 * does, so the person sees what will be created before anything is written.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportedEnvironment } from '../../../shared/collections/collection-tree';
import type { ImportFormat } from '../../../shared/collections/import-formats';
import { postmanEnvironmentFromText } from '../../../shared/environments/postman-environment';
import type { ImportSummary } from '../../../shared/collections/import-summary';
import type { InputOf } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/result';
import { api } from '../../lib/api';

export type ImportReadSource = InputOf<'collection:import-preview'>['source'];

export interface ImportPreview {
  /** The source last read, kept to import it once confirmed. */
  readonly source?: ImportReadSource;
  readonly summary?: ImportSummary;
  /** Postman environment files among what was picked (or pasted): they go to the environment list. */
  readonly environments?: readonly ImportedEnvironment[];
  readonly error?: AppError;
  readonly busy: boolean;
  /** Reads picked or dropped files: at most one collection, and any Postman environments; `format` overrides detection of the collection. */
  readonly previewFiles: (files: readonly File[], format?: ImportFormat) => void;
  /** Reads the files of a picked folder (a Bruno collection). */
  readonly previewFolder: (files: readonly File[]) => void;
  readonly previewText: (text: string, format?: ImportFormat) => void;
  readonly clear: () => void;
}

/** Files of a Bruno folder worth sending: its requests and its bruno.json (not node_modules, not .git). */
function isCollectionFile(path: string): boolean {
  return !/(^|\/)(node_modules|\.git)\//.test(path) && (path.endsWith('.bru') || /^[^/]+\/bruno\.json$/.test(path));
}

/** What was read: the collection source to preview (if any) and the environments found beside it. */
interface Read {
  readonly source?: ImportReadSource;
  readonly environments?: readonly ImportedEnvironment[];
}

/** Preview state for the import panel. */
export function useImportPreview(): ImportPreview {
  const [state, setState] = useState<Omit<ImportPreview, 'previewFiles' | 'previewFolder' | 'previewText' | 'clear'>>({ busy: false });
  // Only the latest read answers: a slow preview of an earlier pick never replaces a newer one.
  const latest = useRef(0);
  const preview = useCallback((read: () => Promise<Read>) => {
    const ticket = (latest.current += 1);
    setState({ busy: true });
    void (async () => {
      let picked: Read;
      try {
        picked = await read();
      } catch (error) {
        if (ticket === latest.current) setState({ busy: false, error: { code: 'bad-input', message: `Could not read the file (${error instanceof Error ? error.message : String(error)}). Pick it again.` } });
        return;
      }
      const { source } = picked;
      const environments = picked.environments !== undefined && picked.environments.length > 0 ? { environments: picked.environments } : {};
      if (source === undefined) {
        if (ticket === latest.current) setState({ busy: false, ...environments });
        return;
      }
      const result = await api['collection:import-preview']({ source });
      if (ticket !== latest.current) return;
      setState(result.ok ? { busy: false, source, summary: result.value, ...environments } : { busy: false, source, error: result.error });
    })();
  }, []);
  const previewFiles = useCallback(
    (files: readonly File[], format?: ImportFormat) =>
      preview(async () => {
        const texts = await Promise.all(files.map(async (file) => ({ file, text: await file.text() })));
        const environments: ImportedEnvironment[] = [];
        const others: { file: File; text: string }[] = [];
        for (const read of texts) {
          const environment = postmanEnvironmentFromText(read.text, read.file.name);
          if (environment !== undefined) environments.push(environment);
          else others.push(read);
        }
        if (others.length > 1) throw new Error(`${others.map((o) => o.file.name).join(', ')} are ${others.length} collections; pick one collection at a time, with any Postman environment files`);
        const [collection] = others;
        return { environments, ...(collection ? { source: { kind: 'text', text: collection.text, fileName: collection.file.name, ...(format ? { format } : {}) } } : {}) };
      }),
    [preview],
  );
  const previewFolder = useCallback(
    (files: readonly File[]) =>
      preview(async () => {
        const wanted = files.filter((f) => isCollectionFile(f.webkitRelativePath || f.name));
        if (wanted.length === 0) throw new Error('the folder holds no .bru files and no bruno.json; pick the folder of a Bruno collection');
        const root = (wanted[0]?.webkitRelativePath ?? '').split('/')[0] || 'Bruno collection';
        // Paths inside the picked folder, as the importer expects them ("items/Create item.bru").
        const texts = await Promise.all(wanted.map(async (f) => ({ path: (f.webkitRelativePath || f.name).split('/').slice(1).join('/') || f.name, text: await f.text() })));
        return { source: { kind: 'files', name: root, files: texts } };
      }),
    [preview],
  );
  const previewText = useCallback(
    (text: string, format?: ImportFormat) =>
      preview(async () => {
        const environment = postmanEnvironmentFromText(text);
        return environment !== undefined ? { environments: [environment] } : { source: { kind: 'text', text, ...(format ? { format } : {}) } };
      }),
    [preview],
  );
  const clear = useCallback(() => {
    latest.current += 1;
    setState({ busy: false });
  }, []);
  return { ...state, previewFiles, previewFolder, previewText, clear };
}
