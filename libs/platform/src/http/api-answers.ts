import { SetMetadata } from '@nestjs/common';
import { type z } from 'zod';

/** One success answer of an operation: JSON from a zod schema, another media type, or no body. */
export type Answer =
  | z.ZodType
  | {
      readonly mediaType: string | readonly string[];
      readonly schema?: z.ZodType;
      readonly description?: string;
    }
  | null;

export const API_ANSWERS = 'rapport:api-answers';

/**
 * The operation's success answers by status, e.g. `@ApiAnswers({ 201: contactResponse })`,
 * `@ApiAnswers({ 204: null })`, `@ApiAnswers({ 200: { mediaType: 'text/csv' } })`. The OpenAPI
 * document takes the response schemas from here; problem answers are added for every operation
 * from what it reads (see openapi-operations.ts).
 */
export const ApiAnswers = (answers: Readonly<Record<number, Answer>>) =>
  SetMetadata(API_ANSWERS, answers);

export const API_PROBLEMS = 'rapport:api-problems';

/**
 * Problem statuses an operation answers beyond those the document derives from its shape (for
 * example 422 for a well-formed request it cannot process, 503 for a webhook not configured).
 */
export const ApiProblems = (...statuses: number[]) => SetMetadata(API_PROBLEMS, statuses);
