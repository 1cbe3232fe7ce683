/** The Runner's data file: a CSV or JSON file picked by the person, read into rows (one iteration each). */
import { useCallback, useState } from 'react';
import { parseDataRows, type DataRows } from '../../../shared/runner/data-rows';

// A data file is a table of variables; one this large is almost surely the wrong file.
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_ROWS = 10_000;

export type DataFile = { readonly name: string; readonly rows: DataRows; readonly columns: readonly string[] } | { readonly name: string; readonly error: string };

export interface DataFileChoice {
  readonly file?: DataFile;
  /** Reads `file`; the rows (or what is wrong with it) arrive in `file`. */
  readonly choose: (file: File) => Promise<DataFile>;
  readonly clear: () => void;
}

/** Reads a picked data file the way `roundtrip run --data` does (by its extension, else by its first character). */
export function useDataFile(): DataFileChoice {
  const [file, setFile] = useState<DataFile | undefined>();
  const choose = useCallback(async (picked: File): Promise<DataFile> => {
    const read = await readDataFile(picked);
    setFile(read);
    return read;
  }, []);
  const clear = useCallback(() => setFile(undefined), []);
  return { ...(file ? { file } : {}), choose, clear };
}

async function readDataFile(picked: File): Promise<DataFile> {
  const name = picked.name;
  if (picked.size > MAX_BYTES) return { name, error: `${name} is ${Math.round(picked.size / 1024 / 1024)} MB; a data file can be 10 MB at most. Pick a smaller CSV or JSON file.` };
  let text: string;
  try {
    text = await picked.text();
  } catch (error) {
    return { name, error: `Could not read ${name} (${error instanceof Error ? error.message : String(error)}). Pick it again.` };
  }
  const format = /\.json$/i.test(name) ? 'json' : /\.csv$/i.test(name) ? 'csv' : text.trimStart().startsWith('[') ? 'json' : 'csv';
  const parsed = parseDataRows(text, format);
  if (!parsed.ok) return { name, error: `${name} cannot be used: ${parsed.message}.` };
  if (parsed.rows.length > MAX_ROWS) return { name, error: `${name} has ${parsed.rows.length} rows; a run takes ${MAX_ROWS} at most.` };
  const columns = [...new Set(parsed.rows.flatMap((row) => Object.keys(row)))];
  return { name, rows: parsed.rows, columns };
}
