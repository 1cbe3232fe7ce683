/**
 * The normalized, acyclic API model that the main process builds from an OpenAPI
 * document and the renderer displays. Schemas are plain JSON; references between
 * schemas stay as `{ "$ref": "<pointer>" }` and point into `schemaDefs`, so the model
 * can cross any process boundary as JSON even when the API's schemas are recursive.
 */
import type { IdempotencyClass } from '../idempotency/idempotency-class';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'TRACE';

/** A JSON Schema as found in the document, with `$ref`s kept as strings. */
export type JsonSchema = { readonly [keyword: string]: unknown };

export interface ServerVariableModel {
  readonly default: string;
  readonly enum?: readonly string[];
  readonly description?: string;
}

export interface ServerModel {
  readonly url: string;
  readonly description?: string;
  readonly variables: Readonly<Record<string, ServerVariableModel>>;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterModel {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
  /** A short type label for display and inspect output: "string", "integer", "array", "string | null". */
  readonly schemaType: string;
  readonly style?: string;
  readonly explode?: boolean;
  /** Query values keep RFC 3986 reserved characters unencoded. */
  readonly allowReserved?: boolean;
  /** A `content`-based parameter's media type ("application/json"): its value is that text, not styled. */
  readonly contentMediaType?: string;
  readonly example?: unknown;
  /** The parameter's named examples, when it has several to pick from. */
  readonly examples?: readonly NamedExample[];
}

export interface NamedExample {
  readonly name: string;
  readonly summary?: string;
  readonly value: unknown;
}

export interface MediaTypeModel {
  readonly mediaType: string;
  readonly schema?: JsonSchema;
  readonly example?: unknown;
  readonly examples: readonly NamedExample[];
}

export interface RequestBodyModel {
  readonly required: boolean;
  readonly description?: string;
  readonly content: readonly MediaTypeModel[];
}

/**
 * A media type a response declares. Its examples are left out of the model: nothing reads them,
 * and in large documents they are most of the weight (2.6 of the 6.2 MB GitHub's model would have).
 */
export type ResponseMediaModel = Pick<MediaTypeModel, 'mediaType' | 'schema'>;

export interface ResponseModel {
  /** "200", "4XX" or "default". */
  readonly status: string;
  readonly description: string;
  readonly content: readonly ResponseMediaModel[];
  /** Headers the response declares, in document order; absent when it declares none. */
  readonly headers?: readonly ResponseHeaderModel[];
  /** The response's OpenAPI links (3.x): how its values feed later operations; absent when it has none. */
  readonly links?: readonly ResponseLinkModel[];
}

/** One OpenAPI link: the operation it leads to and, per parameter, a runtime expression ("$response.body#/id") or a constant. */
export interface ResponseLinkModel {
  readonly name: string;
  readonly operationId?: string;
  /** A local reference to the operation: "#/paths/~1items~1{id}/get". */
  readonly operationRef?: string;
  readonly parameters: Readonly<Record<string, string>>;
}

/** One header a response declares: its name as written, whether it must be present, and its schema. */
export interface ResponseHeaderModel {
  readonly name: string;
  readonly required: boolean;
  readonly description?: string;
  readonly schema?: JsonSchema;
}

/** An idempotency-key request header an operation declares: its exact name and whether it must be sent. */
export interface IdempotencyKeyModel {
  readonly header: string;
  readonly required: boolean;
}

export interface OperationModel {
  /** Stable key for the operation inside one document: "GET /items/{id}". */
  readonly key: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly operationId?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** The group the resource list shows it under: its first tag, or its first path segment. */
  readonly group: string;
  readonly deprecated: boolean;
  readonly idempotency: IdempotencyClass;
  /** The idempotency-key header the operation accepts (draft-ietf-httpapi-idempotency-key-header), if any. */
  readonly idempotencyKey?: IdempotencyKeyModel;
  /** The vendor extension ("x-idempotent") that set `idempotency` against what the method implies. */
  readonly idempotencyStatedBy?: string;
  readonly parameters: readonly ParameterModel[];
  readonly requestBody?: RequestBodyModel;
  readonly responses: readonly ResponseModel[];
  /** Effective servers: operation-level, else path-level, else the document's. */
  readonly servers: readonly ServerModel[];
  /** True for an OpenAPI 3.1 webhook: a request the API sends to you, keyed "POST webhook:<name>". */
  readonly webhook?: boolean;
  readonly externalDocs?: ExternalDocsModel;
  /** Security requirements in effect (operation-level, else the document's); names point into securitySchemes. */
  readonly security?: readonly SecurityRequirementModel[];
}

/** A link to documentation outside the document; only http(s) URLs are ever rendered as links. */
export interface ExternalDocsModel {
  readonly url: string;
  readonly description?: string;
}

/** One way to authenticate, normalized from OpenAPI 3 securitySchemes or Swagger 2.0 securityDefinitions. */
export interface SecuritySchemeModel {
  readonly type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  readonly description?: string;
  /** apiKey: the header, query or cookie parameter name and where it goes. */
  readonly name?: string;
  readonly in?: 'header' | 'query' | 'cookie';
  /** http: "basic", "bearer", ... */
  readonly scheme?: string;
  readonly bearerFormat?: string;
  /** oauth2: flow name ("authorizationCode", "clientCredentials", ...) to its URLs and scopes. */
  readonly flows?: Readonly<Record<string, OAuthFlowModel>>;
  readonly openIdConnectUrl?: string;
}

export interface OAuthFlowModel {
  readonly authorizationUrl?: string;
  readonly tokenUrl?: string;
  readonly refreshUrl?: string;
  /** deviceAuthorization (OpenAPI 3.2) or deviceCode: where a device code is asked for (RFC 8628). */
  readonly deviceAuthorizationUrl?: string;
  readonly scopes: Readonly<Record<string, string>>;
}

/** Scheme name to the scopes it needs; all entries of one requirement apply together. */
export type SecurityRequirementModel = Readonly<Record<string, readonly string[]>>;

export interface ApiModel {
  /** The document's own version field: "3.0.2", "3.1.0", "2.0". */
  readonly specVersion: string;
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly servers: readonly ServerModel[];
  readonly operations: readonly OperationModel[];
  /** Schemas reachable through `$ref`, keyed by their JSON pointer ("#/components/schemas/Item"). */
  readonly schemaDefs: Readonly<Record<string, JsonSchema>>;
  /** Keys of schemaDefs that reach themselves through `$ref`s (a `Node` with `children: Node[]`). */
  readonly recursiveDefs?: readonly string[];
  /** Security schemes by name; Swagger 2.0 securityDefinitions land here too. */
  readonly securitySchemes?: Readonly<Record<string, SecuritySchemeModel>>;
  readonly externalDocs?: ExternalDocsModel;
  readonly termsOfService?: string;
  readonly contact?: { readonly name?: string; readonly url?: string; readonly email?: string };
  /** OpenAPI 3.1 webhooks, shaped like operations and marked `webhook: true`. */
  readonly webhooks?: readonly OperationModel[];
}

export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** JSON pointer into the document, when the problem has a place. */
  readonly pointer?: string;
  /** 1-based line of `pointer` in the document's text, when it could be mapped. */
  readonly line?: number;
}

/** Where a document came from, shown to the user and used to resolve relative server URLs. */
export interface SpecOrigin {
  readonly kind: 'file' | 'url' | 'text';
  readonly location: string;
}

export interface LoadedSpec {
  readonly origin: SpecOrigin;
  readonly model: ApiModel;
  readonly problems: readonly Problem[];
}

/** What the operation list needs of one operation: read before the whole model is normalized. */
export type OperationOutline = Pick<
  OperationModel,
  'key' | 'method' | 'path' | 'operationId' | 'summary' | 'tags' | 'group' | 'deprecated' | 'webhook' | 'idempotency' | 'idempotencyKey' | 'idempotencyStatedBy'
>;

/**
 * A large document's operation list, sent while its full model is still being built, so the list
 * can be shown (and filtered) at once. Each operation equals the model's own fields of the same name.
 */
export interface SpecOutline {
  readonly title: string;
  readonly version: string;
  readonly specVersion: string;
  /** Operations, then webhooks, in document order. */
  readonly operations: readonly OperationOutline[];
}

/** A document opened lately, listed on the start screen to open again. */
export interface RecentSpec {
  readonly kind: 'file' | 'url';
  readonly location: string;
  readonly title: string;
  /** ISO 8601 time of the last successful open. */
  readonly openedAt: string;
}

