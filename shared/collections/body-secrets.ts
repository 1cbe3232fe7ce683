/**
 * A body as a collection file or an export gets it: the value in clear of each credential field (a
 * form's password, a multipart text part named client_secret, a JSON string field named token)
 * becomes a {{reference}} to a secret variable named after the field, as a credential query
 * parameter's does. References and empty values stay as they are.
 */
import { credentialFields, replaceCredentialFields } from '../security/body-credentials';
import { isCredentialFieldName } from '../security/credential-names';
import type { Body } from './format-v1';
import { isReference } from './reference';

/** `body` with its credential fields in clear replaced by `reference(fieldName)` ("{{password}}"). */
export function bodyForDisk(body: Body, reference: (fieldName: string) => string): Body {
  const keep = (value: string | undefined): boolean => value === undefined || value === '' || isReference(value);
  switch (body.mode) {
    case 'raw': {
      const text = replaceCredentialFields(body.mediaType, body.text, (field) => (keep(field.value) ? undefined : reference(field.name)));
      return text === body.text ? body : { ...body, text };
    }
    case 'urlencoded':
      return { ...body, fields: body.fields.map((field) => (keep(field.value) || !isCredentialFieldName(field.name) ? field : { ...field, value: reference(field.name) })) };
    case 'form-data':
      return { ...body, parts: body.parts.map((part) => (keep(part.value) || !isCredentialFieldName(part.name) ? part : { ...part, value: reference(part.name) })) };
    default:
      return body;
  }
}

/** The texts of a body's credential fields, for the variables they refer to. */
export function bodyCredentialTexts(body: Body): string[] {
  switch (body.mode) {
    case 'raw':
      return credentialFields(body.mediaType, body.text).map((field) => field.value);
    case 'urlencoded':
      return body.fields.filter((field) => isCredentialFieldName(field.name)).map((field) => field.value);
    case 'form-data':
      return body.parts.filter((part) => part.value !== undefined && isCredentialFieldName(part.name)).map((part) => part.value ?? '');
    default:
      return [];
  }
}
