import { z } from 'zod';
import { ValidationProblem } from './problems';
import { parseOrProblem, pointerTo, ZodPipe, zodToOpenApi } from './zod-validation';

const importRequest = z.strictObject({
  source: z.enum(['csv', 'vcard']),
  rows: z.array(
    z.strictObject({
      name: z.string().min(1),
      email: z.email(),
      address: z.strictObject({ city: z.string() }).optional(),
    }),
  ),
});

function errorsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationProblem);
    return (error as ValidationProblem).errors;
  }
  throw new Error('expected a ValidationProblem');
}

describe('ZodPipe', () => {
  it('returns the parsed value', () => {
    const pipe = new ZodPipe(z.object({ limit: z.coerce.number().int().default(20) }), 'query');
    expect(pipe.transform({ limit: '5' })).toEqual({ limit: 5 });
    expect(pipe.transform({})).toEqual({ limit: 20 });
  });

  it('lists every issue with a JSON Pointer into nested objects and arrays', () => {
    const pipe = new ZodPipe(importRequest);
    const body = {
      source: 'xls',
      rows: [
        { name: 'Ada', email: 'ada@example.org' },
        { name: '', email: 'nope', address: { city: 3 } },
        { email: 'x@example.org' },
      ],
    };
    expect(errorsOf(() => pipe.transform(body))).toEqual([
      { pointer: '/source', detail: 'Invalid option: expected one of "csv"|"vcard"' },
      { pointer: '/rows/1/name', detail: 'Too small: expected string to have >=1 characters' },
      { pointer: '/rows/1/email', detail: 'Invalid email address' },
      {
        pointer: '/rows/1/address/city',
        detail: 'Invalid input: expected string, received number',
      },
      { pointer: '/rows/2/name', detail: 'Required' },
    ]);
  });

  it('reports each unknown field at its own pointer', () => {
    const pipe = new ZodPipe(importRequest);
    const body = { source: 'csv', rows: [{ name: 'Ada', email: 'a@b.org', role: 'admin' }], x: 1 };
    expect(errorsOf(() => pipe.transform(body))).toEqual([
      { pointer: '/rows/0/role', detail: 'Unknown field' },
      { pointer: '/x', detail: 'Unknown field' },
    ]);
  });

  it('addresses query, params and headers as "#/<part>/…"', () => {
    const query = z.object({ limit: z.coerce.number().int().max(100) });
    expect(errorsOf(() => parseOrProblem(query, { limit: '500' }, 'query'))).toEqual([
      { pointer: '#/query/limit', detail: 'Too big: expected number to be <=100' },
    ]);
    expect(
      errorsOf(() => new ZodPipe(z.object({ 'if-match': z.string() }), 'headers').transform({})),
    ).toEqual([{ pointer: '#/headers/if-match', detail: 'Required' }]);
  });

  it('takes the request part from where the pipe is used', () => {
    const pipe = new ZodPipe(z.object({ id: z.uuid() }));
    expect(errorsOf(() => pipe.transform({ id: 'x' }, { type: 'param', data: undefined }))).toEqual(
      [{ pointer: '#/params/id', detail: 'Invalid UUID' }],
    );
    expect(errorsOf(() => pipe.transform({ id: 'x' }, { type: 'body' }))).toEqual([
      { pointer: '/id', detail: 'Invalid UUID' },
    ]);
  });

  it('reports a wrong top-level value at the empty pointer', () => {
    expect(errorsOf(() => parseOrProblem(importRequest, 'text'))).toEqual([
      { pointer: '', detail: 'Invalid input: expected object, received string' },
    ]);
  });
});

describe('pointerTo', () => {
  it('escapes "~" and "/" as RFC 6901 requires', () => {
    expect(pointerTo(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(pointerTo(['id'], 'params')).toBe('#/params/id');
  });
});

describe('zodToOpenApi', () => {
  it('describes what a client sends as an OpenAPI 3.0 schema', () => {
    const schema = z.strictObject({
      name: z.string(),
      nickname: z.string().nullable(),
      limit: z.number().int().default(20),
    });
    expect(zodToOpenApi(schema)).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        nickname: { type: 'string', nullable: true },
        limit: {
          type: 'integer',
          default: 20,
          minimum: Number.MIN_SAFE_INTEGER,
          maximum: Number.MAX_SAFE_INTEGER,
        },
      },
      required: ['name', 'nickname'],
      additionalProperties: false,
    });
  });
});
