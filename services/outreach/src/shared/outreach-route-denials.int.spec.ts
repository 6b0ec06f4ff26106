import { isolateSuite } from '@rapport/testing';
import { describeRouteDenials } from '@rapport/testing/services';
import { OUTREACH_SERVICE } from '../outreach.config';
import {
  expectStatus,
  putProfile,
  seedContact,
  startOutreachApp,
} from '../testing/outreach-test-app';

const suite = isolateSuite('outreach-denials');

describeRouteDenials('outreach', {
  audience: OUTREACH_SERVICE,
  publicRoutes: ['GET /health', 'GET /metrics'],
  // Where the schema's generated values fail a rule it cannot state (a real e-mail address, a
  // delivery that fits the channel, a referral only with a referral outcome).
  writeExamples: {
    'POST /members/:memberId/outreach/:contactId/follow-ups': {
      json: { channel: 'phone', delivery: 'logged' },
    },
    'POST /members/:memberId/outreach/:contactId/response': { json: { outcome: 'accepted' } },
    'POST /members/:memberId/outreach/:contactId/send': {
      json: { channel: 'email', delivery: 'rapport', subject: 'Advice?', body: 'Dear Grace, …' },
    },
    'PUT /members/:memberId/profile': {
      json: { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@uni.example' },
    },
  },
  start: () => startOutreachApp(suite),
  // An outreach Ada really sent, so a denial on it is not just "no such outreach".
  seed: async (service) => {
    const ada = { id: 'member-ada', role: 'member' } as const;
    await putProfile(service, ada, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@uni.example',
    });
    await seedContact(service, 'member-ada', 'c-grace', {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
    });
    await expectStatus(service, ada, 200, 'POST', '/members/member-ada/outreach/c-grace/send', {
      json: { channel: 'email', delivery: 'rapport', subject: 'Advice?', body: 'Dear Grace, …' },
    });
    return { contactId: 'c-grace' };
  },
  cleanup: () => suite.cleanup(),
});
