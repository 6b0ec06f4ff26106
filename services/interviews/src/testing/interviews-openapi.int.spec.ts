import { openApiDocumentGaps } from '@rapport/platform/api-testing';
import { isolateSuite } from '@rapport/testing';
import { type InterviewsTestApp, startInterviewsApp } from './interviews-test-app';

// The document the gateway's /v1 and partner apps are built from.
describe('the interviews OpenAPI document', () => {
  const suite = isolateSuite('interviews-openapi');
  let service: InterviewsTestApp;

  beforeAll(async () => {
    service = await startInterviewsApp(suite);
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
