/**
 * Insomnia's Nunjucks templates in Roundtrip's variable syntax: `{{ _.baseUrl }}` and
 * `{{ baseUrl }}` become `{{baseUrl}}`; `{% uuid %}` and `{% now %}` become dynamic variables;
 * other tags (response chaining, faker, base64...) stay as typed and are reported.
 */

const VARIABLE = /\{\{\s*(?:_\.)?([\w.-]+)\s*\}\}/g;
const TAG = /\{%\s*([\w-]+)([^%]*)%\}/g;

/** `text` with Insomnia's variables and the tags Roundtrip knows converted; unknown tags are noted in `dropped` for `where`. */
export function fromInsomniaTemplate(text: string, where: string, dropped: string[]): string {
  if (!text.includes('{')) return text;
  return text.replace(VARIABLE, '{{$1}}').replace(TAG, (tag: string, name: string, args: string) => {
    if (name === 'uuid') return '{{$guid}}';
    if (name === 'now' && /iso-8601/.test(args)) return '{{$isoTimestamp}}';
    if (name === 'now' && /unix/.test(args)) return '{{$timestamp}}';
    const note = `${where}: the template tag "${tag.length > 60 ? `${tag.slice(0, 57)}...` : tag}" is kept as typed; Roundtrip does not run Insomnia's template tags.`;
    if (!dropped.includes(note)) dropped.push(note);
    return tag;
  });
}
