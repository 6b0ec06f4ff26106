import type { FuzzRequest } from '@rapport/platform/api-testing';
import { type Caller, describeApiFuzz } from '@rapport/testing/services';
import { sendGridSigningKeys } from '../webhooks/sendgrid.test-fixture';
import { startNotificationsApp } from '../testing/notifications-test-app';

/** The path's member for member routes; an admin for the institution's own routes. */
const callerFor = (request: FuzzRequest): Caller =>
  request.params['memberId']
    ? { id: request.params['memberId'], role: 'member' }
    : { id: 'fuzz-admin', role: 'admin' };

describeApiFuzz('notifications', {
  // With a verification key, so the Event Webhook checks signatures rather than answering 503.
  start: (suite) =>
    startNotificationsApp(suite, { webhookPublicKey: sendGridSigningKeys().publicKey }),
  seed: 14,
  callerFor,
});
