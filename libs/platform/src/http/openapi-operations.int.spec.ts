import { startTestService, type TestService } from './service-app.test-fixture';

interface Operation {
  parameters?: { name: string; in: string; required: boolean; schema: object }[];
  requestBody?: { required: boolean; content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
  security?: unknown[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { required: string[] }> };
}

// The document is completed from Nest's own metadata (openapi-operations.ts): nothing written twice.
describe('OpenAPI operations completed from the handlers (createServiceApp)', () => {
  let service: TestService;
  let document: Document;

  beforeAll(async () => {
    service = await startTestService();
    document = (await service.call({ method: 'GET', url: '/docs/openapi.json' })).json<Document>();
  });

  afterAll(async () => {
    await service?.close();
  });

  const problemRef = { $ref: '#/components/schemas/Problem' };

  it('declares the shared Problem schema', () => {
    expect(document.components.schemas['Problem']?.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail']),
    );
  });

  it('takes the JSON body from the ZodPipe and adds the problems a body route can answer', () => {
    const create = document.paths['/things']?.['post'];
    expect(create?.requestBody).toMatchObject({
      required: true,
      content: {
        'application/json': {
          schema: { type: 'object', required: ['name', 'emails'], properties: { name: {} } },
        },
      },
    });
    for (const status of ['400', '401', '403', '409', '413', '415']) {
      expect(create?.responses[status]?.content?.['application/problem+json']?.schema).toEqual(
        problemRef,
      );
    }
  });

  it("describes a route's other media types from its BodyPolicy", () => {
    expect(document.paths['/things/import']?.['post']?.requestBody?.content).toEqual({
      'text/csv': { schema: { type: 'string', format: 'binary' } },
    });
  });

  it('declares path parameters, and 404 where a path names something', () => {
    const item = document.paths['/things/items/{itemId}']?.['get'];
    expect(item?.parameters).toEqual([
      { name: 'itemId', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    expect(Object.keys(item?.responses ?? {})).toEqual(
      expect.arrayContaining(['400', '401', '403', '404']),
    );
  });

  it('completes the operations a controller inherits from a base class', () => {
    const shown = document.paths['/inherited/{sharedId}']?.['get'];
    expect(shown?.responses['200']?.content?.['application/json']?.schema).toMatchObject({
      type: 'object',
      required: ['sharedId'],
    });
    expect(Object.keys(shown?.responses ?? {})).toEqual(expect.arrayContaining(['401', '404']));
  });

  it('marks public routes as needing no token, and answers them without 401', () => {
    const open = document.paths['/things/public']?.['get'];
    expect(open?.security).toEqual([]);
    expect(open?.responses['401']).toBeUndefined();
  });
});
