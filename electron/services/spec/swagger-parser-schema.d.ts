/** swagger-parser's meta-schema validator (ajv with allErrors), used on its own for OpenAPI 3.x documents. */
declare module '@apidevtools/swagger-parser/lib/validators/schema.js' {
  /** Throws an error whose `details` are ajv's findings when `api` does not conform. */
  export default function validateSchema(api: object): void;
}
