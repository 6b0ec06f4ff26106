import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { z } from 'zod';
import { singleLine } from '../text-fields';
import { zodToOpenApi } from '../http/zod-validation';
import { arbitraryOf, type JsonSchema } from './json-schema-arbitrary';

// The fuzz is only as good as its requests: what it generates from a schema must satisfy it.
describe('arbitraryOf', () => {
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const noRefs = (): JsonSchema => ({});

  it.each([
    [
      'a request body with patterns, enums, arrays and nullable members',
      z.strictObject({
        givenName: singleLine().min(1).max(100),
        contactId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
        warmth: z.enum(['warm', 'cold']).nullable(),
        tags: z.array(z.strictObject({ kind: z.enum(['free', 'role']), value: z.string() })).max(3),
        limit: z.number().int().min(1).max(500).optional(),
        at: z.iso.datetime().optional(),
        email: z.email().optional(),
      }),
    ],
    ['a union', z.union([z.object({ a: z.literal('x') }), z.object({ b: z.boolean() })])],
  ])('generates only values valid against %s', (_name, schema) => {
    const json = zodToOpenApi(schema, 'input') as JsonSchema;
    const validate = ajv.compile(json);
    fc.assert(
      fc.property(arbitraryOf(json, noRefs), (value) => {
        expect(validate(value) ? [] : validate.errors).toEqual([]);
      }),
      { numRuns: 200, seed: 14 },
    );
  });

  it('follows a $ref through the resolver', () => {
    const resolve = (ref: string): JsonSchema =>
      ref === '#/components/schemas/Id' ? { type: 'string', pattern: '^id-[0-9]{3}$' } : {};
    const values = fc.sample(arbitraryOf({ $ref: '#/components/schemas/Id' }, resolve), 50);
    expect(values.every((value) => typeof value === 'string' && /^id-[0-9]{3}$/.test(value))).toBe(
      true,
    );
  });
});
