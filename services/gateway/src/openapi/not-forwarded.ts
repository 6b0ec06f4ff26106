/**
 * Paths a service documents that deliberately have no /v1 route, each with why. The /v1 document
 * spec fails on any other unowned path (a new service route the route table forgot) and on an
 * entry here that no longer applies.
 */
export const NOT_FORWARDED: Readonly<Record<string, string>> = {
  'notifications /unsubscribe':
    "the one-click link in every email points at notifications' own public URL and carries a token the service signed",
  'notifications /webhooks/sendgrid/events':
    'SendGrid posts delivery events to notifications directly, signed with its ECDSA key',
  'notifications /webhooks/sendgrid/inbound':
    "SendGrid's Inbound Parse posts replies to notifications directly, under a secret path",
};
