import { isolateSuite } from '@rapport/testing';
import { describeRouteDenials } from '@rapport/testing/services';
import { CONTACTS_SERVICE } from '../contacts.config';
import { addContact, startContactsApp } from '../testing/contacts-test-app';

const suite = isolateSuite('contacts-denials');

describeRouteDenials('contacts', {
  audience: CONTACTS_SERVICE,
  publicRoutes: ['GET /health', 'GET /metrics'],
  // Where the schema's generated values fail a rule it cannot state (a real e-mail address, a
  // phone number).
  writeExamples: {
    'POST /members/:memberId/contacts': {
      json: { givenName: 'Alan', familyName: 'Turing', email: 'alan@bletchley.example' },
    },
    'PATCH /members/:memberId/contacts/:contactId': {
      json: { organisation: 'NASA' },
      headers: { 'if-match': '"1"' },
    },
  },
  start: () => startContactsApp(suite),
  seed: async (service) => {
    const { contactId } = await addContact(
      service,
      { id: 'member-ada', role: 'member' },
      { givenName: 'Mary', familyName: 'Jackson' },
    );
    return { contactId };
  },
  cleanup: () => suite.cleanup(),
});
