// Test-only helpers over a service's published API (its OpenAPI document and its routes). They
// use dev dependencies (ajv, fast-check), so nothing outside specs may import this entry.
export { openApiDocumentGaps, type OpenApiDocument } from './openapi-document';
export {
  fuzzApi,
  type ApiFuzzOptions,
  type ApiFuzzReport,
  type FuzzDocument,
  type FuzzRequest,
  type FuzzResponse,
} from './api-fuzz';
export { arbitraryOf, type JsonSchema, type SchemaResolver } from './json-schema-arbitrary';
