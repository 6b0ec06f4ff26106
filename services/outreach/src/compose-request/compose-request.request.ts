import { singleLine } from '@rapport/platform';
import { z } from 'zod';
import { TEMPLATE_KINDS } from '../templates';

const phrase = (max: number) =>
  singleLine().trim().min(1, 'leave it out rather than empty').max(max).optional();

export const composeRequestRequest = z.strictObject({
  kind: z.enum(TEMPLATE_KINDS),
  /** What the member wants to learn about, e.g. "careers in health policy". */
  topic: phrase(200),
  /** How the member came to the contact, e.g. "Professor Lee suggested I write to you". */
  connection: phrase(300),
});
export type ComposeRequestRequest = z.output<typeof composeRequestRequest>;
