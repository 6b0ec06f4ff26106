import { isolateSuite } from '@rapport/testing';
import { describeRouteDenials } from '@rapport/testing/services';
import { relationshipId } from '../domain/interview.decider';
import { INTERVIEWS_SERVICE } from '../interviews.config';
import { expectStatus, scheduleBody, startInterviewsApp } from './interviews-test-app';

const suite = isolateSuite('interviews-denials');

describeRouteDenials('interviews', {
  audience: INTERVIEWS_SERVICE,
  publicRoutes: ['GET /health', 'GET /metrics'],
  // Where the schema's generated values fail a rule it cannot state (an IANA time zone).
  writeExamples: {
    'POST /members/:memberId/interviews': { json: scheduleBody('i-other') },
    'POST /members/:memberId/interviews/:interviewId/reschedule': {
      json: { startsAt: '2026-03-12T10:00:00Z', timeZone: 'Europe/Paris', format: 'phone' },
    },
  },
  start: () => startInterviewsApp(suite),
  // An interview Ada really scheduled, so a denial on it is not just "no such interview".
  seed: async (service) => {
    const ada = { id: 'member-ada', role: 'member' } as const;
    await expectStatus(service, ada, 201, 'POST', '/members/member-ada/interviews', {
      json: scheduleBody('i-denied'),
    });
    return {
      interviewId: 'i-denied',
      contactId: 'c-ho',
      relationshipId: relationshipId('member-ada', 'c-ho'),
      // Ids the routes' patterns accept; the denial comes before any lookup of them.
      commitmentId: 'cm-1',
      questionId: 'q-1',
    };
  },
  cleanup: () => suite.cleanup(),
});
