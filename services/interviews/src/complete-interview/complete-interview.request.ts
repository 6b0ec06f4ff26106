import { z } from 'zod';
import { id } from '../shared/interview-params';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

const commitment = z.strictObject({
  id,
  text: text(500),
  due: z.iso.date(),
});

const referral = z.strictObject({
  referralId: id,
  name: text(200),
  email: z.email().max(320).optional(),
  organisation: optionalText(200),
  role: optionalText(200),
  note: optionalText(1000),
});

const unique = (items: readonly { readonly [key: string]: unknown }[], key: string) =>
  new Set(items.map((item) => item[key])).size === items.length;

/** What the member records after the conversation, including the answers to the three closing asks. */
export const completeInterviewRequest = z.strictObject({
  notes: z.string().max(20_000).default(''),
  adviceItems: z.array(text(500)).max(50).default([]),
  commitments: z
    .array(commitment)
    .max(50)
    .default([])
    .refine((items) => unique(items, 'id'), 'commitment ids must differ'),
  closingAsks: z.strictObject({
    linkedin: z.boolean(),
    keepInTouch: z.boolean(),
    referrals: z
      .array(referral)
      .max(20)
      .default([])
      .refine((items) => unique(items, 'referralId'), 'referral ids must differ'),
  }),
});
export type CompleteInterviewRequest = z.output<typeof completeInterviewRequest>;
