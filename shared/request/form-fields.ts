/** application/x-www-form-urlencoded text as its fields, each name and value decoded ("+" is a space). */
import type { KeyValue } from '../collections/format-v1';

/** One percent-encoded form component decoded; text that does not decode stays as it is. */
export function decodeFormComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** "name=value" decoded into a field ("name" alone has an empty value). */
export function formField(pair: string): KeyValue {
  const eq = pair.indexOf('=');
  return eq < 0 ? { name: decodeFormComponent(pair), value: '' } : { name: decodeFormComponent(pair.slice(0, eq)), value: decodeFormComponent(pair.slice(eq + 1)) };
}

/** The fields of a form body, in order. */
export function formFields(text: string): KeyValue[] {
  return text
    .split('&')
    .filter((pair) => pair !== '')
    .map(formField);
}
