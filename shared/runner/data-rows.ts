/**
 * Iteration data for `roundtrip run --data`: one row per iteration, its columns as variables
 * (Postman's `-d`). CSV is read per RFC 4180 (quoted fields with commas, doubled quotes and line
 * breaks; CRLF or LF), the first record naming the columns; JSON is an array of objects.
 */

import { isRecord } from '../values/is-record';
export type DataRows = readonly Readonly<Record<string, string>>[];

/** The rows of a data file, or what is wrong with it (with the record or item it is about). */
export function parseDataRows(text: string, format: 'csv' | 'json'): { ok: true; rows: DataRows } | { ok: false; message: string } {
  return format === 'csv' ? csvRows(text.replace(/^\uFEFF/, '')) : jsonRows(text);
}

function jsonRows(text: string): { ok: true; rows: DataRows } | { ok: false; message: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text) as unknown;
  } catch (error) {
    return { ok: false, message: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!Array.isArray(doc)) return { ok: false, message: 'a JSON data file holds an array of objects, one per iteration: [{"name": "a"}, {"name": "b"}]' };
  const rows: Record<string, string>[] = [];
  for (const [index, item] of doc.entries()) {
    if (!isRecord(item)) return { ok: false, message: `item ${index + 1} is not an object of column names and values` };
    rows.push(Object.fromEntries(Object.entries(item).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)])));
  }
  return rows.length === 0 ? { ok: false, message: 'the array is empty: give one object per iteration' } : { ok: true, rows };
}

function csvRows(text: string): { ok: true; rows: DataRows } | { ok: false; message: string } {
  const records = csvRecords(text);
  if (typeof records === 'string') return { ok: false, message: records };
  const [header, ...body] = records;
  if (!header || header.every((name) => name.trim() === '')) return { ok: false, message: 'it is empty: the first line names the columns, each next line is one iteration' };
  if (body.length === 0) return { ok: false, message: 'it has a header line but no rows: add one line per iteration' };
  const rows: Record<string, string>[] = [];
  for (const [index, record] of body.entries()) {
    if (record.length !== header.length) return { ok: false, message: `record ${index + 2} has ${record.length} field${record.length === 1 ? '' : 's'}, the header has ${header.length}` };
    rows.push(Object.fromEntries(header.map((name, column) => [name, record[column] ?? ''])));
  }
  return { ok: true, rows };
}

/** Splits CSV text into records of fields; a message for a quote left open. */
export function csvRecords(text: string): string[][] | string {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let at = 0;
  let line = 1;
  let fieldStarted = false;
  while (at < text.length) {
    const char = text[at] ?? '';
    if (char === '"' && field === '' && !fieldStarted) {
      // A quoted field: up to the closing quote, "" standing for one quote.
      const openedOn = line;
      at += 1;
      for (;;) {
        if (at >= text.length) return `a quoted field opened on line ${openedOn} is never closed`;
        const inner = text[at] ?? '';
        if (inner === '"') {
          if (text[at + 1] === '"') {
            field += '"';
            at += 2;
            continue;
          }
          at += 1;
          break;
        }
        if (inner === '\n') line += 1;
        field += inner;
        at += 1;
      }
      fieldStarted = true;
      const next = text[at];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') return `line ${line}: a quoted field is followed by ${JSON.stringify(next)} instead of a comma or the end of the line`;
      continue;
    }
    if (char === ',') {
      record.push(field);
      field = '';
      fieldStarted = false;
      at += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      at += char === '\r' && text[at + 1] === '\n' ? 2 : 1;
      line += 1;
      continue;
    }
    field += char;
    fieldStarted = true;
    at += 1;
  }
  if (field !== '' || fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  // Blank lines (a trailing newline, an empty last line) are not rows.
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}
