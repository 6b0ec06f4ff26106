import type { PartnerEventType } from '../partner-event-types';

/**
 * The events of a tenant's `partner-webhooks` stream: every subscription of every partner app of
 * the institution, which stays small (a few apps, a few subscriptions each). One stream per tenant
 * serialises changes by its version, which FerretDB's lost in-place updates would not.
 * Secrets appear only encrypted (see webhook-secrets.ts).
 */
export type WebhookSubscriptionEvent =
  | {
      readonly type: 'WebhookSubscribed';
      readonly data: {
        readonly subscriptionId: string;
        readonly clientId: string;
        readonly url: string;
        readonly eventTypes: readonly PartnerEventType[];
        readonly encryptedSecret: string;
        readonly at: string;
      };
    }
  | {
      readonly type: 'WebhookDisabled';
      readonly data: {
        readonly subscriptionId: string;
        readonly reason: DisabledReason;
        readonly at: string;
      };
    }
  | {
      readonly type: 'WebhookEnabled';
      readonly data: { readonly subscriptionId: string; readonly at: string };
    }
  | {
      readonly type: 'WebhookSecretRotated';
      readonly data: {
        readonly subscriptionId: string;
        readonly encryptedSecret: string;
        /** Until when deliveries are signed with the previous secret too (ISO). */
        readonly previousValidUntil: string;
        readonly at: string;
      };
    };

/** An admin turned it off, or its receiver failed every attempt for the whole retry window. */
export type DisabledReason = 'by-admin' | 'failing';
