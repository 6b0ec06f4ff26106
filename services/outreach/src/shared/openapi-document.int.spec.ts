import { openApiDocumentGaps } from '@rapport/platform/api-testing';
import { isolateSuite } from '@rapport/testing';
import { type OutreachTestApp, startOutreachApp } from '../testing/outreach-test-app';

// The document the gateway's /v1 and partner apps are built from (issue 14, item 5).
describe('the outreach OpenAPI document', () => {
  const suite = isolateSuite('outreach-openapi');
  let service: OutreachTestApp;

  beforeAll(async () => {
    service = await startOutreachApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('is valid and has every route with its parameters, a 2xx and a 4xx schema', async () => {
    const { gaps } = await openApiDocumentGaps(service.app);
    expect(gaps).toEqual([]);
  });
});
