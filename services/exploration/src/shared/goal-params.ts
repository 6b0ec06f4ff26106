import { z } from 'zod';

/** Ids that also serve as field names in read models: letters, digits, - and _ only. */
export const id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be an id of letters, digits, - or _ (at most 64)',
  );

export const memberParams = z.strictObject({ memberId: id });
export const goalParams = z.object({ memberId: id, goalId: id });
export type GoalParams = z.output<typeof goalParams>;
