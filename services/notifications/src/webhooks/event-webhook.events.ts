import { z } from 'zod';

const text = (max: number) => z.string().max(max);

/**
 * One event of a SendGrid Event Webhook post, as far as Rapport reads it. The custom args the
 * outgoing mail carried (tenant_id, notification_id, member_id, contact_id) come back as fields of
 * each event; everything else SendGrid adds is ignored.
 */
export const sendGridEvent = z.looseObject({
  event: text(64).min(1),
  sg_event_id: text(200).min(1),
  timestamp: z.number().int().nonnegative(),
  email: text(320).optional(),
  reason: z.string().optional(),
  response: z.string().optional(),
  /** On bounces: 'bounce' (the address refuses mail for good) or 'blocked' (this message was). */
  type: text(64).optional(),
  bounce_classification: text(100).optional(),
  tenant_id: text(200).optional(),
  notification_id: text(500).optional(),
});
export type SendGridEvent = z.infer<typeof sendGridEvent>;

/** SendGrid sends batches of up to a few thousand events; more than this is not SendGrid. */
export const MAX_EVENTS_PER_POST = 10_000;

const REASON_LENGTH = 1_000;

/** What the provider said about the delivery, shortened; absent for engagement events. */
export function reasonOf(event: SendGridEvent): string | undefined {
  const said = event.reason ?? (event.event === 'deferred' ? event.response : undefined);
  if (!said) return undefined;
  const reason = event.type === 'blocked' ? `blocked: ${said}` : said;
  return reason.slice(0, REASON_LENGTH);
}

/**
 * How final a bounce is. SendGrid marks a bounce `type: 'bounce'` when the address itself is
 * refused and `'blocked'` when the receiving server blocked the message (content, reputation):
 * the address may still work. Older posts carry no type; they were address bounces.
 */
export function bounceKindOf(event: SendGridEvent): 'hard' | 'blocked' | undefined {
  if (event.event !== 'bounce') return undefined;
  return event.type === 'blocked' ? 'blocked' : 'hard';
}

/** Events after which the email is known not to have arrived. */
export function isUndelivered(event: SendGridEvent): boolean {
  return event.event === 'bounce' || event.event === 'dropped';
}
