/** How the provider's webhooks are trusted. */
export interface WebhookSettings {
  /**
   * Base64 DER (SPKI) ECDSA public key of the signed Event Webhook; without it every event post
   * is refused (nothing unsigned is ever recorded).
   */
  readonly eventWebhookPublicKey?: string;
  /** Domain of the thread reply addresses (reply+<token>@<domain>). */
  readonly replyDomain: string;
}

export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');
