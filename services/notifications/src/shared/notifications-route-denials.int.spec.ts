import { isolateSuite } from '@rapport/testing';
import { describeRouteDenials } from '@rapport/testing/services';
import { NOTIFICATIONS_SERVICE } from '../notifications.config';
import { startNotificationsApp } from '../testing/notifications-test-app';

const suite = isolateSuite('notifications-denials');

describeRouteDenials('notifications', {
  audience: NOTIFICATIONS_SERVICE,
  publicRoutes: [
    'GET /health',
    'GET /metrics',
    // A contact follows the link in a mail: the signed token in the query is the credential.
    'GET /unsubscribe',
    'POST /unsubscribe',
    // SendGrid calls these: event posts are signed, inbound mail counts only with a thread token.
    'POST /webhooks/sendgrid/events',
    'POST /webhooks/sendgrid/inbound',
  ],
  start: () => startNotificationsApp(suite),
  cleanup: () => suite.cleanup(),
});
