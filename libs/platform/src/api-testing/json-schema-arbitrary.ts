import fc from 'fast-check';

/** The subset of an OpenAPI 3.0 schema object the generator reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export type SchemaResolver = (ref: string) => JsonSchema;

// Requests stay small: the point is variety of shapes, not size (size has its own specs).
const MAX_STRING = 60;
const MAX_ITEMS = 4;

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING));
  const fits = (value: string) =>
    value.length >= minLength && value.length <= (schema.maxLength ?? Infinity);
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString());
  }
  if (schema.format === 'email') {
    // Plain addresses: every validator's idea of an email accepts them (zod's pattern, which the
    // schema carries, and ajv's format are each stricter than RFC 5322 in different places).
    const plain = fc
      .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z]{1,12}\.[a-z]{2,6}$/))
      .map(([local, domain]) => `${local}@${domain}`);
    const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
    return plain.filter((value) => fits(value) && (!pattern || pattern.test(value)));
  }
  // A pattern is stricter than its format: it decides.
  if (!schema.pattern && schema.format === 'uri') return fc.webUrl().filter(fits);
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    try {
      return fc.stringMatching(pattern).filter(fits);
    } catch {
      // A pattern fast-check cannot invert: generate freely and keep what matches.
      return fc.string({ minLength, maxLength }).filter((value) => pattern.test(value));
    }
  }
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

function objectArbitrary(schema: JsonSchema, resolve: SchemaResolver, depth: number) {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 1 }));
  const record = Object.fromEntries(
    properties.map(([name, property]) => [name, arbitraryOf(property, resolve, depth + 1)]),
  );
  const required = schema.required ?? [];
  // Half the time only the required members: optional ones each carry their own chance of being
  // refused (a check no schema keyword can state), and the handler behind must be reached too.
  const minimal = Object.fromEntries(required.map((name) => [name, record[name]!]));
  return fc.oneof(
    fc.record(record, { requiredKeys: required }),
    fc.record(minimal, { requiredKeys: required }),
  );
}

/** Values of the schema (within the limits above), for requests that ought to be accepted. */
export function arbitraryOf(
  schema: JsonSchema,
  resolve: SchemaResolver,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryOf(resolve(schema.$ref), resolve, depth);
  const base = ((): fc.Arbitrary<unknown> => {
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const options = schema.anyOf ?? schema.oneOf;
    if (options) return fc.oneof(...options.map((option) => arbitraryOf(option, resolve, depth)));
    if (schema.allOf?.[0]) return arbitraryOf(schema.allOf[0], resolve, depth);
    if (depth > 6) return fc.constant(null);
    switch (schema.type) {
      case 'string':
        return stringArbitrary(schema);
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
      case 'number':
        return fc.double({
          min: schema.minimum ?? -1e6,
          max: schema.maximum ?? 1e6,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(arbitraryOf(schema.items ?? {}, resolve, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.max(
            schema.minItems ?? 0,
            Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS),
          ),
        });
      case 'object':
        return objectArbitrary(schema, resolve, depth);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return schema.nullable ? fc.option(base, { nil: null }) : base;
}
