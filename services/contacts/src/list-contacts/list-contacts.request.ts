import { singleLine } from '@rapport/platform';
import { z } from 'zod';
import { SOURCES, TAG_KINDS, WARMTHS } from '../domain/contact-details';

const cursorShape = z.strictObject({ s: z.string(), c: z.string() });

/** Opaque to clients: the sort position of the last contact of the previous page. */
export const cursorSchema = z
  .string()
  .max(500)
  .transform((value, ctx) => {
    try {
      return cursorShape.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not a cursor this API returned' });
      return z.NEVER;
    }
  });

export function encodeCursor(position: { s: string; c: string }): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

const tagFilter = z
  .string()
  .max(80)
  .transform((value) => {
    const [kind, ...rest] = value.split(':');
    return TAG_KINDS.includes(kind as never) && rest.length > 0
      ? { kind: kind as (typeof TAG_KINDS)[number], value: rest.join(':') }
      : { kind: 'free' as const, value };
  });

export const listContactsRequest = z.strictObject({
  q: singleLine().trim().max(200).optional(),
  warmth: z.enum(WARMTHS).optional(),
  source: z.enum(SOURCES).optional(),
  tag: tagFilter.optional(),
  organisation: singleLine().trim().max(200).optional(),
  industry: singleLine().trim().max(120).optional(),
  archived: z.enum(['false', 'true', 'any']).default('false'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: cursorSchema.optional(),
});
export type ListContactsRequest = z.output<typeof listContactsRequest>;
