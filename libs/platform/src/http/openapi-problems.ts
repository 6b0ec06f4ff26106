import {
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { MAX_FIELD_ERRORS } from './problems';

/** RFC 9457 as every service writes it (see problem-json.filter.ts). */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'correlationId'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      maxItems: MAX_FIELD_ERRORS,
      items: {
        type: 'object',
        required: ['pointer', 'detail'],
        properties: { pointer: { type: 'string' }, detail: { type: 'string' } },
      },
    },
    truncated: { type: 'integer', minimum: 1, description: 'Errors left out of `errors`.' },
  },
  additionalProperties: true,
};

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (see errors)',
  401: 'No valid internal token',
  403: 'The caller may not do this (another member, role or tenant)',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state',
  412: 'If-Match names a version that is no longer current',
  413: 'The body is larger than this route accepts',
  415: 'The body is of a media type or charset this route does not accept',
  422: 'Well-formed, but cannot be processed',
  428: 'If-Match is required',
  503: 'The service cannot answer this now',
};

export interface OperationShape {
  readonly isPublic: boolean;
  readonly hasParameters: boolean;
  readonly hasPathParameters: boolean;
  readonly takesBody: boolean;
  readonly writes: boolean;
  readonly readsIfMatch: boolean;
  readonly extra: readonly number[];
}

/** The problem answers that apply to an operation of this shape, each with the Problem schema. */
export function problemResponses(shape: OperationShape): Record<string, ResponseObject> {
  const statuses = new Set<number>(shape.extra);
  if (shape.hasParameters || shape.takesBody) statuses.add(400);
  if (!shape.isPublic) [401, 403].forEach((status) => statuses.add(status));
  if (shape.hasPathParameters) statuses.add(404);
  if (shape.writes && !shape.isPublic) statuses.add(409);
  if (shape.readsIfMatch) [412, 428].forEach((status) => statuses.add(status));
  if (shape.takesBody) [413, 415].forEach((status) => statuses.add(status));
  return Object.fromEntries(
    [...statuses].sort().map((status) => [
      String(status),
      {
        description: DESCRIPTIONS[status] ?? `HTTP ${status}`,
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      },
    ]),
  );
}
