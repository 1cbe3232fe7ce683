/** The parts of the Postman collection v2.1 format Roundtrip reads and writes. */

export const POSTMAN_SCHEMA_V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

export interface PmKeyValue {
  key: string;
  value?: string;
  disabled?: boolean;
  description?: string;
  type?: string;
  src?: string | string[] | null;
  contentType?: string;
}

export interface PmAuth {
  type: string;
  [params: string]: unknown;
}

export interface PmBody {
  mode?: string;
  raw?: string;
  urlencoded?: PmKeyValue[];
  formdata?: PmKeyValue[];
  file?: { src?: string | null };
  graphql?: { query?: string; variables?: string };
  options?: { raw?: { language?: string } };
  disabled?: boolean;
}

export interface PmUrl {
  raw?: string;
  protocol?: string;
  host?: string | string[];
  port?: string;
  path?: string | (string | { value?: string })[];
  query?: PmKeyValue[];
  variable?: PmKeyValue[];
  hash?: string;
}

export interface PmRequest {
  method?: string;
  url?: string | PmUrl;
  header?: PmKeyValue[] | string;
  body?: PmBody;
  auth?: PmAuth | null;
  description?: PmDescription;
}

export type PmDescription = string | { content?: string; type?: string } | null;

/** A script attached to a collection, folder or request: run before the request or after its answer. */
export interface PmEvent {
  listen: string;
  script?: { exec?: string | string[]; type?: string };
  disabled?: boolean;
}

export interface PmItem {
  name?: string;
  description?: PmDescription;
  /** A folder has items; a request item has a request. */
  item?: PmItem[];
  request?: PmRequest | string;
  auth?: PmAuth | null;
  variable?: PmKeyValue[];
  protocolProfileBehavior?: { followRedirects?: boolean; maxRedirects?: number; strictSSL?: boolean };
  response?: unknown[];
  event?: PmEvent[];
}

export interface PmCollection {
  info: { name: string; description?: PmDescription; schema: string; _postman_id?: string };
  item: PmItem[];
  auth?: PmAuth | null;
  variable?: PmKeyValue[];
  event?: PmEvent[];
}
