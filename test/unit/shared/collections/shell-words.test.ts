import { describe, expect, it } from 'vitest';
import { fromCurl } from '../../../../shared/collections/curl-import';
import { shellWords } from '../../../../shared/collections/shell-words';

const words = (command: string): string[] => {
  const split = shellWords(command);
  if (!split.ok) throw new Error(split.message);
  return split.words;
};

describe('shell-words', () => {
  it("reads bash's $'...' quoting with its escapes, as browsers' Copy as cURL writes it", () => {
    expect(words(String.raw`curl $'a\'b' $'\x41\u00e9\n\t' $'\\'`)).toEqual(['curl', "a'b", 'A\u00e9\n\t', '\\']);
    expect(words(String.raw`curl --data-raw $'{"a":"x\ny"}'`)).toEqual(['curl', '--data-raw', '{"a":"x\ny"}']);
  });

  it('joins lines continued with a backslash, with Unix or Windows line ends, also inside double quotes', () => {
    expect(words('curl http://h \\\n  -H "A: b" \\\r\n  -d x')).toEqual(['curl', 'http://h', '-H', 'A: b', '-d', 'x']);
    expect(words('curl "a\\\nb"')).toEqual(['curl', 'ab']);
    // Inside single quotes a backslash is just a character.
    expect(words("curl 'a\\\nb'")).toEqual(['curl', 'a\\\nb']);
  });

  it('reads escapes in and out of double quotes as a POSIX shell does', () => {
    expect(words(String.raw`curl "a\"b" "\$x" "c\nd" x\ y 'it'\''s' ''`)).toEqual(['curl', 'a"b', '$x', 'c\\nd', 'x y', "it's", '']);
  });

  it('keeps shell operators, variables and mid-word # as characters of one curl call', () => {
    expect(words('curl http://h/x?a=1&b=2 -H "Authorization: Bearer $TOKEN" ${BASE}/y http://h/#top')).toEqual(['curl', 'http://h/x?a=1&b=2', '-H', 'Authorization: Bearer $TOKEN', '${BASE}/y', 'http://h/#top']);
    expect(words('curl "http://h/{a,b}" http://h/[1-3] http://h/* # a comment')).toEqual(['curl', 'http://h/{a,b}', 'http://h/[1-3]', 'http://h/*']);
  });

  it('says which quote is left open', () => {
    expect(shellWords("curl 'x")).toEqual({ ok: false, message: 'A single quote is not closed.' });
    expect(shellWords('curl "x')).toEqual({ ok: false, message: 'A double quote is not closed.' });
    expect(shellWords("curl $'x\\'")).toEqual({ ok: false, message: "A $'...' quote is not closed." });
  });

  it('lets a pasted multi-line Copy as cURL become a request', () => {
    const outcome = fromCurl("curl 'http://127.0.0.1:8000/items?limit=5&offset=0' \\\n  -H 'accept: application/json' \\\n  -H $'x-note: it\\'s' \\\n  --data-raw $'{\"name\":\"pen\\u00e9\"}'");
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.request).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:8000/items?limit=5&offset=0', headers: [{ name: 'accept', value: 'application/json' }, { name: 'x-note', value: "it's" }], body: { mode: 'raw', text: '{"name":"pen\u00e9"}' } });
  });
});
