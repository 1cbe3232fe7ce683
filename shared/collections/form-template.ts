/**
 * The form's request as a save writes it: built by the same code as the request that is sent, but
 * with every {{variable}} left as typed. A save keeps what the person typed ({{bookId}} in a path,
 * a query value, a header, a cookie, a body field, a credential), never the value it had at the time,
 * and a variable with no value yet (it lives in another environment) does not stop the save.
 */
import { VARIABLE_PATTERN } from '../environments/substitute';
import type { OperationModel } from '../model/api-model';
import { buildRequest, type BuildInput } from '../request/build-request';
import { formFields, isFileToPick } from '../request/form-body';
import type { BodyPart, RequestDescription } from '../request/request-model';
import { completeFormRequest, type FormCompletion } from './form-values';

/**
 * The request `input` builds with each {{name}} kept; undefined while the form cannot make a URL at all
 * (no absolute base URL, a required path value missing). `input.baseUrl` is taken as it is: pass it
 * resolved, so the save can write it back as {{baseUrl}}. `completion.scopes` is not used.
 */
export function formTemplate(op: OperationModel, input: Omit<BuildInput, 'scopes' | 'variables'>, completion: Omit<FormCompletion, 'scopes'> = {}): RequestDescription | undefined {
  const texts = [
    ...Object.values(input.params),
    input.body?.text ?? '',
    ...(completion.extras ?? []).flatMap((extra) => [extra.name, extra.value]),
  ];
  // Each variable becomes a token that survives encoding, JSON and validation, then turns back into its {{name}}.
  const names = [...new Set(texts.flatMap((text) => [...text.matchAll(VARIABLE_PATTERN)].map((match) => match[1] ?? '')))];
  const tokens = names.map((name, index) => ({ name, token: `zzrtvar${index}zz` }));
  const scope = { label: 'the form', values: Object.fromEntries(tokens.map(({ name, token }) => [name, token])) };
  const built = buildRequest(op, { ...input, scopes: [scope] });
  if (built.request === undefined) return undefined;
  const completed = completeFormRequest(built.request, { ...completion, scopes: [scope] }).request;
  if (completed === undefined) return undefined;
  const back = (text: string): string => tokens.reduce((out, { name, token }) => out.replaceAll(token, `{{${name}}}`), text);
  const body = completed.body?.parts === undefined || input.body === undefined ? completed.body : { ...completed.body, parts: withFilesToPick(completed.body.parts, formFields(input.body.text)) };
  return {
    ...completed,
    url: back(completed.url),
    headers: completed.headers.map((header) => ({ ...header, name: back(header.name), value: back(header.value) })),
    ...(body === undefined
      ? {}
      : { body: { ...body, text: back(body.text), ...(body.parts === undefined ? {} : { parts: body.parts.map((part) => ({ ...part, name: back(part.name), ...(part.value === undefined ? {} : { value: back(part.value) }) })) }) } }),
  };
}

/**
 * The parts with each file still to pick (a reopened saved request's, never picked again) back where its field is:
 * a save writes what the file held, though a send cannot carry it.
 */
function withFilesToPick(parts: readonly BodyPart[], fields: Readonly<Record<string, unknown>>): BodyPart[] {
  if (!Object.values(fields).some(isFileToPick)) return [...parts];
  const rest = [...parts];
  return Object.entries(fields).flatMap(([name, value]): BodyPart[] => {
    if (isFileToPick(value)) return [{ name, filename: value.$pick, ...(value.type === undefined ? {} : { mediaType: value.type }) }];
    const own = rest.filter((part) => part.name === name);
    for (const part of own) rest.splice(rest.indexOf(part), 1);
    return own;
  }).concat(rest);
}
