import { type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { type FieldError, ValidationProblem } from './problems';

export type RequestPart = 'body' | 'query' | 'params' | 'headers';

/** See FieldError for the convention: body pointers are bare, other parts are "#/<part>/…". */
export function pointerTo(path: readonly PropertyKey[], where: RequestPart = 'body'): string {
  const pointer = path
    .map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
  return where === 'body' ? pointer : `#/${where}${pointer}`;
}

/** Every issue as a field error; an unknown key is reported at its own pointer. */
export function fieldErrorsOf(error: z.core.$ZodError, where: RequestPart = 'body'): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          pointer: pointerTo([...issue.path, key], where),
          detail: 'Unknown field',
        }))
      : [{ pointer: pointerTo(issue.path, where), detail: issue.message }],
  );
}

// Zod's default for a missing value ("expected string, received undefined") reads like a type
// error; clients need to hear that the field is missing. Schema-specific messages still win.
const parseParams = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : undefined,
};

export function parseOrProblem<T>(schema: z.ZodType<T>, value: unknown, where?: RequestPart): T {
  const result = schema.safeParse(value, parseParams);
  if (result.success) return result.data;
  throw new ValidationProblem(fieldErrorsOf(result.error, where));
}

/**
 * `@Body(new ZodPipe(schema))`, `@Query(new ZodPipe(schema))`, `@Param(new ZodPipe(schema))`:
 * the request part is taken from where the pipe is used unless `where` says otherwise (give
 * 'headers' when validating headers through a custom decorator).
 */
export class ZodPipe<T> implements PipeTransform<unknown, T> {
  // Public so that the OpenAPI document can describe the parameter or body from the same schema.
  constructor(
    readonly schema: z.ZodType<T>,
    readonly where?: RequestPart,
  ) {}

  transform(value: unknown, metadata?: ArgumentMetadata): T {
    return parseOrProblem(this.schema, value, this.where ?? partOf(metadata));
  }
}

function partOf(metadata: ArgumentMetadata | undefined): RequestPart {
  if (metadata?.type === 'query') return 'query';
  if (metadata?.type === 'param') return 'params';
  return 'body';
}

/**
 * The schema as an OpenAPI 3.0 schema object for @ApiBody({ schema }) / @ApiResponse({ schema }).
 * `io: 'input'` describes what a client sends (defaults make fields optional); responses are output.
 */
export function zodToOpenApi(
  schema: z.ZodType,
  io: 'input' | 'output' = 'input',
): Record<string, unknown> {
  const openApi: Record<string, unknown> = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
  });
  // Swagger embeds the schema in its own document, where a $schema dialect marker is invalid.
  delete openApi['$schema'];
  allowNullInNullableEnums(openApi);
  return openApi;
}

/**
 * OpenAPI 3.0 says `nullable: true` admits null, but a validator reads `enum` and each `allOf`
 * member (zod writes a second pattern as one) on their own and refuses the null there; listing null
 * in the enum and marking the members nullable keeps both readings in agreement.
 */
function allowNullInNullableEnums(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(allowNullInNullableEnums);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Record<string, unknown>;
  if (
    schema['nullable'] === true &&
    Array.isArray(schema['enum']) &&
    !schema['enum'].includes(null)
  ) {
    schema['enum'] = [...(schema['enum'] as unknown[]), null];
  }
  if (schema['nullable'] === true && Array.isArray(schema['allOf'])) {
    for (const member of schema['allOf'] as Record<string, unknown>[]) member['nullable'] = true;
  }
  Object.values(schema).forEach(allowNullInNullableEnums);
}
