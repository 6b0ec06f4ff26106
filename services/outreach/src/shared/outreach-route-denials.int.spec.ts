import { isolateSuite } from '@rapport/testing';
import { describeRouteDenials } from '@rapport/testing/services';
import { OUTREACH_SERVICE } from '../outreach.config';
import { startOutreachApp } from '../testing/outreach-test-app';

const suite = isolateSuite('outreach-denials');

describeRouteDenials('outreach', {
  audience: OUTREACH_SERVICE,
  publicRoutes: ['GET /health', 'GET /metrics'],
  start: () => startOutreachApp(suite),
  cleanup: () => suite.cleanup(),
});
