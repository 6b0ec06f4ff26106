import { z } from 'zod';

const id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be an id of letters, digits, - or _ (at most 64)',
  );

export const memberParams = z.strictObject({ memberId: id });
export const contactParams = z.strictObject({ memberId: id, contactId: id });
export type ContactParams = z.output<typeof contactParams>;
export const contactIdSchema = id;
