import { z } from 'zod';
import { SOURCES } from '../domain/contact-details';
import type { ColumnMapping, MappableField } from './parsing';

const MAPPABLE: readonly MappableField[] = [
  'fullName',
  'givenName',
  'familyName',
  'email',
  'linkedinUrl',
  'phone',
  'organisation',
  'role',
  'industry',
  'howWeMet',
  'tags',
  'connectedOn',
];

/** `mapping` is JSON in the query string: our field → the file's column header. */
const mappingSchema = z
  .string()
  .max(4000)
  .transform((value, ctx): ColumnMapping => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object of field → column header' });
      return z.NEVER;
    }
    const shape = Object.fromEntries(
      MAPPABLE.map((field) => [field, z.string().min(1).max(200).optional()]),
    );
    const result = z.strictObject(shape).safeParse(parsed);
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.addIssue({
          code: 'custom',
          message: `${issue.path.join('.') || 'mapping'}: ${issue.message}`,
        });
      return z.NEVER;
    }
    return result.data;
  });

export const importContactsRequest = z
  .strictObject({
    format: z.enum(['csv', 'linkedin', 'vcard']),
    mapping: mappingSchema.optional(),
    source: z.enum(SOURCES).optional(),
    /** Optional: a client that picks the id can repeat the request safely. */
    importId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an import id')
      .optional(),
  })
  .refine((q) => q.format !== 'csv' || q.mapping !== undefined, {
    message: 'a csv import needs a column mapping',
    path: ['mapping'],
  });
export type ImportContactsRequest = z.output<typeof importContactsRequest>;

export const importParams = z.strictObject({
  memberId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be a member id'),
  importId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an import id'),
});
export type ImportParams = z.output<typeof importParams>;
