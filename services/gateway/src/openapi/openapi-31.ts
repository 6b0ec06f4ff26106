/** A JSON value as it appears in an OpenAPI document. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isJsonObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Keywords whose value is one schema, a list of schemas or a map of named schemas. Everything else
// in a schema is data (enum, default, const, examples) or a scalar keyword, and is left as it is.
const ONE_SCHEMA = new Set([
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
]);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

/**
 * One OpenAPI 3.0 schema as OpenAPI 3.1 (JSON Schema 2020-12) says the same thing:
 * `nullable` becomes a `null` type (and a `null` in a closed enum), boolean exclusive bounds become
 * numeric ones, `example` becomes `examples`, and `format: binary|byte` become content keywords.
 */
export function schemaTo31(schema: Json): Json {
  if (!isJsonObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ONE_SCHEMA.has(key)) out[key] = schemaTo31(value);
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map(schemaTo31);
    else if (SCHEMA_MAPS.has(key) && isJsonObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([n, s]) => [n, schemaTo31(s)]));
    } else out[key] = value;
  }
  exclusiveBound(out, 'exclusiveMinimum', 'minimum');
  exclusiveBound(out, 'exclusiveMaximum', 'maximum');
  if ('example' in out) {
    if (!('examples' in out)) out['examples'] = [out['example'] ?? null];
    delete out['example'];
  }
  if (out['format'] === 'binary') {
    delete out['format'];
    out['contentMediaType'] = 'application/octet-stream';
  } else if (out['format'] === 'byte') {
    delete out['format'];
    out['contentEncoding'] = 'base64';
  }
  if (!('nullable' in out)) return out;
  const nullable = out['nullable'] === true;
  delete out['nullable'];
  if (!nullable) return out;
  const type = out['type'];
  if (typeof type === 'string') out['type'] = [type, 'null'];
  else if (Array.isArray(type)) out['type'] = type.includes('null') ? type : [...type, 'null'];
  else return { anyOf: [out, { type: 'null' }] };
  const values = out['enum'];
  if (Array.isArray(values) && !values.includes(null)) out['enum'] = [...values, null];
  return out;
}

// 3.0: `exclusiveMinimum: true` qualifies `minimum`; 3.1: `exclusiveMinimum: n` is the bound itself.
function exclusiveBound(schema: JsonObject, exclusive: string, inclusive: string): void {
  const flag = schema[exclusive];
  if (typeof flag !== 'boolean') return;
  delete schema[exclusive];
  if (flag && typeof schema[inclusive] === 'number') {
    schema[exclusive] = schema[inclusive];
    delete schema[inclusive];
  }
}

/**
 * Every schema of a 3.0 document converted in place of the original, found where OpenAPI puts
 * them: under `schema` (parameters, media types, headers) and in `components.schemas`. Examples
 * are data and are not walked into, so a field called `schema` in an example stays as it is.
 */
export function documentTo31(document: JsonObject): JsonObject {
  const { components, ...rest } = document;
  const converted = walk(rest) as JsonObject;
  if (isJsonObject(components)) {
    const { schemas, ...others } = components;
    converted['components'] = {
      ...(walk(others) as JsonObject),
      ...(isJsonObject(schemas)
        ? {
            schemas: Object.fromEntries(
              Object.entries(schemas).map(([n, s]) => [n, schemaTo31(s)]),
            ),
          }
        : {}),
    };
  }
  return { ...converted, openapi: '3.1.0' };
}

function walk(value: Json): Json {
  if (Array.isArray(value)) return value.map(walk);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key === 'schema') return [key, schemaTo31(inner)];
      if (key === 'example' || key === 'examples') return [key, inner];
      return [key, walk(inner)];
    }),
  );
}
