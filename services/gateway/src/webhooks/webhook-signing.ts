import { Webhook } from 'standardwebhooks';

export type SignedHeaders = Readonly<
  Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string>
>;

/**
 * The Standard Webhooks headers for one attempt, signed by the standardwebhooks library. During a
 * rotation's grace every live secret signs and the signatures are sent space-separated, as the
 * specification allows, so a receiver holding either secret accepts the message.
 */
export function signedHeaders(
  messageId: string,
  at: Date,
  body: string,
  secrets: readonly string[],
): SignedHeaders {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, at, body));
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
