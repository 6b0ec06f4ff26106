import { z } from 'zod';

export const id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be an id of letters, digits, - or _ (at most 64)',
  );

export const memberParams = z.strictObject({ memberId: id });
export const interviewParams = z.strictObject({ memberId: id, interviewId: id });
export type InterviewParams = z.output<typeof interviewParams>;

/** The interview a change route names; further path parameters (a commitment) are read apart. */
export const interviewChangeParams = z.object({ memberId: id, interviewId: id });
