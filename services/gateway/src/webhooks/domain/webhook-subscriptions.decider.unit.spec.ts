import { deciderSpec } from '@rapport/testing';
import type { WebhookSubscriptionEvent } from './webhook-subscription.events';
import {
  webhookSubscriptionsDecider,
  WebhookSubscriptionRejected,
} from './webhook-subscriptions.decider';

const given = deciderSpec(webhookSubscriptionsDecider, WebhookSubscriptionRejected);
const at = '2026-12-02T10:00:00.000Z';
const subscribed: WebhookSubscriptionEvent = {
  type: 'WebhookSubscribed',
  data: {
    subscriptionId: 'ws-1',
    clientId: 'pc_a',
    url: 'https://partner.example/hooks',
    eventTypes: ['outreach.sent', 'interview.scheduled'],
    encryptedSecret: 'enc-1',
    at,
  },
};
const subscribe = {
  type: 'Subscribe' as const,
  ...subscribed.data,
  encryptedSecret: 'enc-2',
};

describe('webhook subscriptions decider', () => {
  it('subscribes a new id', () => {
    given([])
      .when({ ...subscribe, encryptedSecret: 'enc-1' })
      .then([subscribed]);
  });

  it('answers a repeat of the same create with nothing new, whatever the order of the types', () => {
    given([subscribed])
      .when({ ...subscribe, eventTypes: ['interview.scheduled', 'outreach.sent'] })
      .then([]);
  });

  it('refuses another body under an existing id, naming what differs', () => {
    given([subscribed])
      .when({ ...subscribe, url: 'https://elsewhere.example/' })
      .rejects('different-subscription');
    const state = given([subscribed]).state;
    let refused: unknown;
    try {
      webhookSubscriptionsDecider.decide({ ...subscribe, eventTypes: ['contact.added'] }, state);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ differences: ['eventTypes'] });
  });

  it('treats another app’s subscription as unknown', () => {
    given([subscribed])
      .when({ type: 'Disable', subscriptionId: 'ws-1', clientId: 'pc_b', reason: 'by-admin', at })
      .rejects('not-found');
  });

  it('disables once and enables once', () => {
    const disable = {
      type: 'Disable' as const,
      subscriptionId: 'ws-1',
      clientId: 'pc_a',
      reason: 'failing' as const,
      at,
    };
    const disabled: WebhookSubscriptionEvent = {
      type: 'WebhookDisabled',
      data: { subscriptionId: 'ws-1', reason: 'failing', at },
    };
    given([subscribed]).when(disable).then([disabled]);
    given([subscribed, disabled]).when(disable).then([]);
    const enable = { type: 'Enable' as const, subscriptionId: 'ws-1', clientId: 'pc_a', at };
    given([subscribed, disabled])
      .when(enable)
      .then([{ type: 'WebhookEnabled', data: { subscriptionId: 'ws-1', at } }]);
    given([subscribed]).when(enable).then([]);
  });

  it('keeps the previous secret during a rotation’s grace, and only the one before', () => {
    const rotated = (secret: string): WebhookSubscriptionEvent => ({
      type: 'WebhookSecretRotated',
      data: {
        subscriptionId: 'ws-1',
        encryptedSecret: secret,
        previousValidUntil: '2026-12-03T10:00:00.000Z',
        at,
      },
    });
    const { state } = given([subscribed, rotated('enc-2'), rotated('enc-3')]);
    expect(state.subscriptions['ws-1']?.secrets).toEqual([
      { encrypted: 'enc-3' },
      { encrypted: 'enc-2', validUntil: '2026-12-03T10:00:00.000Z' },
    ]);
    expect(state.subscriptions['ws-1']?.createdSecret).toBe('enc-1');
  });

  it('knows nothing under the names every object inherits', () => {
    for (const inherited of ['constructor', 'toString', '__proto__']) {
      given([subscribed])
        .when({ ...subscribe, subscriptionId: inherited })
        .then([
          {
            type: 'WebhookSubscribed',
            data: { ...subscribed.data, subscriptionId: inherited, encryptedSecret: 'enc-2' },
          },
        ]);
      given([subscribed])
        .when({ type: 'Enable', subscriptionId: inherited, clientId: 'pc_a', at })
        .rejects('not-found');
    }
  });
});
