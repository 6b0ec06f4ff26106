import type { PartnerEventType } from '../partner-event-types';
import type { DisabledReason, WebhookSubscriptionEvent } from './webhook-subscription.events';

export type SubscriptionStatus =
  | { readonly kind: 'enabled' }
  | { readonly kind: 'disabled'; readonly reason: DisabledReason; readonly at: string };

export interface SigningSecret {
  readonly encrypted: string;
  /** Absent for the current secret; the previous one signs too until then (ISO). */
  readonly validUntil?: string;
}

export interface WebhookSubscription {
  readonly subscriptionId: string;
  readonly clientId: string;
  readonly url: string;
  readonly eventTypes: readonly PartnerEventType[];
  readonly status: SubscriptionStatus;
  /** Newest first: the current secret, then the previous one during a rotation's grace. */
  readonly secrets: readonly SigningSecret[];
  /** The secret the creation answered with, so a repeated create answers the same. */
  readonly createdSecret: string;
  readonly createdAt: string;
}

export interface WebhookSubscriptionsState {
  readonly subscriptions: Readonly<Record<string, WebhookSubscription>>;
}

/**
 * The subscription under an id, own properties only: ids are client-chosen, and `constructor` or
 * `__proto__` must name nothing rather than what every object inherits.
 */
export const subscriptionIn = (
  state: WebhookSubscriptionsState,
  subscriptionId: string,
): WebhookSubscription | undefined =>
  Object.hasOwn(state.subscriptions, subscriptionId)
    ? state.subscriptions[subscriptionId]
    : undefined;

export const initialSubscriptions = (): WebhookSubscriptionsState => ({ subscriptions: {} });

const changed = (
  state: WebhookSubscriptionsState,
  subscriptionId: string,
  change: (subscription: WebhookSubscription) => WebhookSubscription,
): WebhookSubscriptionsState => {
  const subscription = subscriptionIn(state, subscriptionId);
  if (!subscription) return state;
  return { subscriptions: { ...state.subscriptions, [subscriptionId]: change(subscription) } };
};

export function evolveSubscriptions(
  state: WebhookSubscriptionsState,
  event: WebhookSubscriptionEvent,
): WebhookSubscriptionsState {
  switch (event.type) {
    case 'WebhookSubscribed': {
      const { subscriptionId, clientId, url, eventTypes, encryptedSecret, at } = event.data;
      const subscription: WebhookSubscription = {
        subscriptionId,
        clientId,
        url,
        eventTypes,
        status: { kind: 'enabled' },
        secrets: [{ encrypted: encryptedSecret }],
        createdSecret: encryptedSecret,
        createdAt: at,
      };
      return { subscriptions: { ...state.subscriptions, [subscriptionId]: subscription } };
    }
    case 'WebhookDisabled': {
      const { reason, at } = event.data;
      return changed(state, event.data.subscriptionId, (s) => ({
        ...s,
        status: { kind: 'disabled', reason, at },
      }));
    }
    case 'WebhookEnabled':
      return changed(state, event.data.subscriptionId, (s) => ({
        ...s,
        status: { kind: 'enabled' },
      }));
    case 'WebhookSecretRotated': {
      const { encryptedSecret, previousValidUntil } = event.data;
      return changed(state, event.data.subscriptionId, (s) => ({
        ...s,
        secrets: [
          { encrypted: encryptedSecret },
          ...s.secrets.slice(0, 1).map((previous) => ({
            encrypted: previous.encrypted,
            validUntil: previousValidUntil,
          })),
        ],
      }));
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
