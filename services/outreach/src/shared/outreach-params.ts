import { z } from 'zod';

const id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be an id of letters, digits, - or _ (at most 64)',
  );

export const memberParams = z.strictObject({ memberId: id });
export type MemberParams = z.output<typeof memberParams>;
export const outreachParams = z.strictObject({ memberId: id, contactId: id });
export type OutreachParams = z.output<typeof outreachParams>;
