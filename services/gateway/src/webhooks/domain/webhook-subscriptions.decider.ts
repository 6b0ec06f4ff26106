import type { Decider } from '@rapport/eventstore';
import type { PartnerEventType } from '../partner-event-types';
import type { DisabledReason, WebhookSubscriptionEvent } from './webhook-subscription.events';
import {
  evolveSubscriptions,
  initialSubscriptions,
  subscriptionIn,
  type WebhookSubscription,
  type WebhookSubscriptionsState,
} from './webhook-subscriptions.state';

/** Every command names the partner app it acts for: another app's subscription is not found. */
export type WebhookSubscriptionCommand =
  | {
      readonly type: 'Subscribe';
      readonly subscriptionId: string;
      readonly clientId: string;
      readonly url: string;
      readonly eventTypes: readonly PartnerEventType[];
      readonly encryptedSecret: string;
      readonly at: string;
    }
  | {
      readonly type: 'Disable';
      readonly subscriptionId: string;
      readonly clientId: string;
      readonly reason: DisabledReason;
      readonly at: string;
    }
  | {
      readonly type: 'Enable';
      readonly subscriptionId: string;
      readonly clientId: string;
      readonly at: string;
    }
  | {
      readonly type: 'RotateSecret';
      readonly subscriptionId: string;
      readonly clientId: string;
      readonly encryptedSecret: string;
      readonly previousValidUntil: string;
      readonly at: string;
    };

export type WebhookRejectionReason = 'not-found' | 'different-subscription';

export class WebhookSubscriptionRejected extends Error {
  constructor(
    readonly reason: WebhookRejectionReason,
    message: string,
    /** For a repeated create with another body: the fields that differ. */
    readonly differences: readonly string[] = [],
  ) {
    super(message);
    this.name = 'WebhookSubscriptionRejected';
  }
}

const sameTypes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

function existing(state: WebhookSubscriptionsState, subscriptionId: string, clientId: string) {
  const subscription = subscriptionIn(state, subscriptionId);
  if (!subscription || subscription.clientId !== clientId) {
    throw new WebhookSubscriptionRejected('not-found', `No webhook ${subscriptionId} for this app`);
  }
  return subscription;
}

function subscribe(
  command: Extract<WebhookSubscriptionCommand, { type: 'Subscribe' }>,
  state: WebhookSubscriptionsState,
): WebhookSubscriptionEvent[] {
  const { subscriptionId, clientId, url, eventTypes, encryptedSecret, at } = command;
  const data = { subscriptionId, clientId, url, eventTypes, encryptedSecret, at };
  const before = subscriptionIn(state, command.subscriptionId);
  if (!before) return [{ type: 'WebhookSubscribed', data }];
  // A repeat of the same create changes nothing; the secret is not compared (it is minted anew).
  const differences = [
    ...(before.clientId === command.clientId ? [] : ['clientId']),
    ...(before.url === command.url ? [] : ['url']),
    ...(sameTypes(before.eventTypes, command.eventTypes) ? [] : ['eventTypes']),
  ];
  if (differences.length === 0) return [];
  throw new WebhookSubscriptionRejected(
    'different-subscription',
    `Webhook ${command.subscriptionId} exists with another ${differences.join(', ')}`,
    differences,
  );
}

const isEnabled = (subscription: WebhookSubscription) => subscription.status.kind === 'enabled';

function decide(
  command: WebhookSubscriptionCommand,
  state: WebhookSubscriptionsState,
): readonly WebhookSubscriptionEvent[] {
  switch (command.type) {
    case 'Subscribe':
      return subscribe(command, state);
    case 'Disable': {
      const { subscriptionId, reason, at } = command;
      const subscription = existing(state, subscriptionId, command.clientId);
      return isEnabled(subscription)
        ? [{ type: 'WebhookDisabled', data: { subscriptionId, reason, at } }]
        : [];
    }
    case 'Enable': {
      const { subscriptionId, at } = command;
      const subscription = existing(state, subscriptionId, command.clientId);
      return isEnabled(subscription)
        ? []
        : [{ type: 'WebhookEnabled', data: { subscriptionId, at } }];
    }
    case 'RotateSecret': {
      const { subscriptionId, encryptedSecret, previousValidUntil, at } = command;
      existing(state, subscriptionId, command.clientId);
      return [
        {
          type: 'WebhookSecretRotated',
          data: { subscriptionId, encryptedSecret, previousValidUntil, at },
        },
      ];
    }
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

export const webhookSubscriptionsDecider: Decider<
  WebhookSubscriptionCommand,
  WebhookSubscriptionEvent,
  WebhookSubscriptionsState
> = {
  decide,
  evolve: evolveSubscriptions,
  initialState: initialSubscriptions(),
  snapshotVersion: 'webhook-subscriptions-1',
};

/** One stream per tenant holds all its partner apps' subscriptions. */
export const WEBHOOK_SUBSCRIPTIONS_STREAM = 'partner-webhooks';
