import { describe, expect, it } from 'vitest';
import { csvRecords, parseDataRows } from '../../../../shared/runner/data-rows';

describe('data-rows', () => {
  it('reads CSV per RFC 4180: quotes, doubled quotes, commas and line breaks inside fields, CRLF', () => {
    const text = 'name,price,note\r\n"lamp, small",3,"say ""hi"""\r\nchair,12,"two\nlines"\r\n';
    expect(parseDataRows(text, 'csv')).toEqual({
      ok: true,
      rows: [
        { name: 'lamp, small', price: '3', note: 'say "hi"' },
        { name: 'chair', price: '12', note: 'two\nlines' },
      ],
    });
  });

  it('keeps empty fields, strips a byte order mark and skips blank lines', () => {
    expect(parseDataRows('\uFEFFa,b\n,x\n\n"",\n', 'csv')).toEqual({ ok: true, rows: [{ a: '', b: 'x' }, { a: '', b: '' }] });
    expect(csvRecords('a')).toEqual([['a']]);
  });

  it('says what is wrong with a CSV file', () => {
    expect(parseDataRows('a,b\n1,2,3\n', 'csv')).toEqual({ ok: false, message: 'record 2 has 3 fields, the header has 2' });
    expect(parseDataRows('a,b\n"1,2\n', 'csv')).toEqual({ ok: false, message: 'a quoted field opened on line 2 is never closed' });
    expect(parseDataRows('a,b\n"1"x,2\n', 'csv')).toEqual({ ok: false, message: 'line 2: a quoted field is followed by "x" instead of a comma or the end of the line' });
    expect(parseDataRows('a,b\n', 'csv')).toEqual({ ok: false, message: 'it has a header line but no rows: add one line per iteration' });
    expect(parseDataRows('', 'csv')).toMatchObject({ ok: false });
  });

  it('reads a JSON array of objects, values as text', () => {
    expect(parseDataRows('[{"name":"lamp","price":3,"tags":["a"]},{"name":"chair","ok":true}]', 'json')).toEqual({ ok: true, rows: [{ name: 'lamp', price: '3', tags: '["a"]' }, { name: 'chair', ok: 'true' }] });
    expect(parseDataRows('{"name":"lamp"}', 'json')).toMatchObject({ ok: false, message: expect.stringContaining('an array of objects') as unknown });
    expect(parseDataRows('[1]', 'json')).toEqual({ ok: false, message: 'item 1 is not an object of column names and values' });
    expect(parseDataRows('[]', 'json')).toMatchObject({ ok: false });
    expect(parseDataRows('[', 'json')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') as unknown });
  });
});
