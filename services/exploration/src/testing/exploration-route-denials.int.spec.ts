import { isolateSuite } from '@rapport/testing';
import { describeRouteDenials } from '@rapport/testing/services';
import { EXPLORATION_SERVICE } from '../exploration.config';
import { expectStatus, goalBody, startExplorationApp } from './exploration-test-app';

const suite = isolateSuite('exploration-denials');

describeRouteDenials('exploration', {
  audience: EXPLORATION_SERVICE,
  publicRoutes: ['GET /health', 'GET /metrics'],
  start: () => startExplorationApp(suite),
  // A goal and a target Ada really has, so a denial on them is not just "no such thing".
  seed: async (service) => {
    const ada = { id: 'member-ada', role: 'member' } as const;
    await expectStatus(service, ada, 201, 'POST', '/members/member-ada/goals', {
      json: goalBody('g-denied'),
    });
    await expectStatus(service, ada, 201, 'POST', '/members/member-ada/target-organisations', {
      json: { organisationId: 'acme', name: 'Acme' },
    });
    return {
      goalId: 'g-denied',
      organisationId: 'acme',
      // Ids the routes' patterns accept; the denial comes before any lookup of them.
      questionId: 'q-1',
      contactId: 'c-ho',
      interviewId: 'i-1',
    };
  },
  cleanup: () => suite.cleanup(),
});
