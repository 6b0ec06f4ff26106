import { isolateSuite } from '@rapport/testing';
import { describeRouteDenials } from '@rapport/testing/services';
import { CONTACTS_SERVICE } from '../contacts.config';
import { startContactsApp } from '../testing/contacts-test-app';

const suite = isolateSuite('contacts-denials');

describeRouteDenials('contacts', {
  audience: CONTACTS_SERVICE,
  publicRoutes: ['GET /health', 'GET /metrics'],
  start: () => startContactsApp(suite),
  cleanup: () => suite.cleanup(),
});
