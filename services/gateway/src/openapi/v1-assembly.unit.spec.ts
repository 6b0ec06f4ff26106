import { documentTo31, type JsonObject, schemaTo31 } from './openapi-31';
import { assembleV1Document } from './v1-assembly';
import { openApi30Leftovers } from './openapi-30-leftovers';
import { validateOpenApi } from './openapi-validation';

const problem = { type: 'object', properties: { title: { type: 'string' } } };
const problemAnswer = {
  description: 'Not allowed',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const serviceDocument = (paths: JsonObject, schemas: JsonObject = { Problem: problem }) => ({
  openapi: '3.0.0',
  info: { title: 'a service', version: '1' },
  paths,
  components: {
    schemas,
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  },
  security: [{ bearer: [] }],
});

describe('OpenAPI 3.0 schemas as 3.1', () => {
  it('turns nullable into a null type, in closed enums too', () => {
    expect(schemaTo31({ type: 'string', nullable: true, maxLength: 3 })).toEqual({
      type: ['string', 'null'],
      maxLength: 3,
    });
    expect(schemaTo31({ type: 'string', enum: ['a'], nullable: true })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    });
    expect(schemaTo31({ allOf: [{ $ref: '#/x' }], nullable: true })).toEqual({
      anyOf: [{ allOf: [{ $ref: '#/x' }] }, { type: 'null' }],
    });
    expect(schemaTo31({ type: 'string', nullable: false })).toEqual({ type: 'string' });
  });

  it('turns boolean exclusive bounds into numbers, example into examples, binary into content', () => {
    expect(
      schemaTo31({ minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false }),
    ).toEqual({ exclusiveMinimum: 0, maximum: 9 });
    expect(schemaTo31({ type: 'string', example: 'x' })).toEqual({
      type: 'string',
      examples: ['x'],
    });
    expect(schemaTo31({ type: 'string', format: 'binary' })).toEqual({
      type: 'string',
      contentMediaType: 'application/octet-stream',
    });
  });

  it('reaches nested schemas but leaves data alone', () => {
    const converted = schemaTo31({
      type: 'object',
      properties: { at: { type: 'string', nullable: true } },
      additionalProperties: { type: 'integer', nullable: true },
      items: { anyOf: [{ type: 'number', nullable: true }] },
      default: { nullable: true },
    });
    expect(openApi30Leftovers({ components: { schemas: { x: converted } } })).toEqual([]);
    expect(converted).toMatchObject({ default: { nullable: true } });
  });

  it('converts schemas in parameters, bodies and answers, not in examples', () => {
    const document = documentTo31(
      serviceDocument({
        '/a': {
          get: {
            parameters: [{ name: 'q', in: 'query', schema: { type: 'string', nullable: true } }],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'integer', nullable: true },
                    example: { schema: { nullable: true } },
                  },
                },
              },
            },
          },
        },
      }),
    );
    expect(document['openapi']).toBe('3.1.0');
    expect(JSON.stringify(document)).toContain('"example":{"schema":{"nullable":true}}');
    expect(JSON.stringify(document)).toContain('"type":["integer","null"]');
    expect(JSON.stringify(document)).toContain('"type":["string","null"]');
  });
});

describe('the /v1 document', () => {
  const assemble = (services: Record<string, JsonObject>, gateway?: JsonObject) =>
    assembleV1Document({
      publicUrl: 'https://rapport.example',
      services,
      unavailable: [],
      ...(gateway ? { gateway } : {}),
    });

  it('puts owned paths under /v1, lists the others, and drops health and metrics', () => {
    const document = assemble({
      contacts: serviceDocument({
        '/members/{memberId}/contacts': { get: { responses: { '403': problemAnswer } } },
        '/health': { get: { responses: { '200': { description: 'ok' } } } },
        '/somewhere-else': { get: { responses: { '200': { description: 'ok' } } } },
      }),
    });
    expect(Object.keys(document['paths'] as JsonObject)).toEqual([
      '/v1/members/{memberId}/contacts',
    ]);
    expect(document['x-rapport-not-forwarded']).toEqual(['contacts /somewhere-else']);
  });

  it('shares identical components and renames clashing ones with their references', () => {
    const document = assemble({
      contacts: serviceDocument({
        '/members/{memberId}/contacts': { get: { responses: { '403': problemAnswer } } },
      }),
      outreach: serviceDocument({
        '/members/{memberId}/pipeline': { get: { responses: { '403': problemAnswer } } },
      }),
      interviews: serviceDocument(
        { '/members/{memberId}/interviews': { get: { responses: { '403': problemAnswer } } } },
        { Problem: { type: 'string' } },
      ),
    });
    const schemas = (document['components'] as { schemas: JsonObject }).schemas;
    expect(Object.keys(schemas).sort()).toEqual(['InterviewsProblem', 'Problem']);
    const text = JSON.stringify(document['paths']);
    expect(text.match(/#\/components\/schemas\/Problem"/g)).toHaveLength(2);
    expect(text.match(/#\/components\/schemas\/InterviewsProblem"/g)).toHaveLength(1);
  });

  it("replaces the internal token with the gateway's credentials; keeps its own routes", () => {
    const gateway = serviceDocument({
      '/auth/{tenantId}/sign-in': {
        get: { operationId: 'SignInController_begin', responses: { '303': { description: 'go' } } },
      },
      '/v1/admin/partner-clients': {
        post: { operationId: 'PartnerClientsController_register', responses: {} },
      },
      '/v1/{path}': { get: { operationId: 'ForwardingController_forward_get', responses: {} } },
      '/v1/webhooks': { post: { operationId: 'OwnWebhooksController_create', responses: {} } },
    });
    const document = assemble(
      {
        contacts: serviceDocument({
          '/members/{memberId}/contacts': {
            post: { security: [{ bearer: [] }], responses: { '401': problemAnswer } },
          },
        }),
      },
      gateway,
    );
    const paths = document['paths'] as Record<string, Record<string, JsonObject>>;
    expect(Object.keys(paths).sort()).toEqual([
      '/auth/{tenantId}/sign-in',
      '/v1/admin/partner-clients',
      '/v1/members/{memberId}/contacts',
      '/v1/webhooks',
    ]);
    // A partner app's own webhooks: its token with the scope, no person's credentials.
    expect(paths['/v1/webhooks']?.['post']?.['security']).toEqual([
      { partner: ['events:subscribe'] },
    ]);
    expect(paths['/auth/{tenantId}/sign-in']?.['get']?.['security']).toEqual([]);
    expect(paths['/v1/admin/partner-clients']?.['post']?.['security']).toEqual([
      { bearer: [] },
      { session: [], csrf: [] },
    ]);
    const forwarded = paths['/v1/members/{memberId}/contacts']?.['post'];
    expect(forwarded?.['security']).toEqual([
      { bearer: [] },
      { session: [], csrf: [] },
      { partner: ['contacts:write'] },
    ]);
    expect(JSON.stringify(forwarded)).not.toContain('internal');
    const schemes = (document['components'] as { securitySchemes: JsonObject }).securitySchemes;
    expect(Object.keys(schemes).sort()).toEqual(['bearer', 'csrf', 'partner', 'session']);
    expect(JSON.stringify(schemes['session'])).toContain('__Host-rapport_session');
  });

  it('lists the operations no route rule lets anyone outside call, and keeps them', () => {
    const document = assemble({
      outreach: serviceDocument({
        '/members/{memberId}/outreach/{contactId}/follow-up-due': { post: { responses: {} } },
        '/members/{memberId}/pipeline': { get: { responses: {} }, delete: { responses: {} } },
      }),
    });
    expect(Object.keys(document['paths'] as JsonObject)).toEqual([
      '/v1/members/{memberId}/outreach/{contactId}/follow-up-due',
      '/v1/members/{memberId}/pipeline',
    ]);
    expect(document['x-rapport-not-exposed']).toEqual([
      'outreach POST /members/{memberId}/outreach/{contactId}/follow-up-due',
      'outreach DELETE /members/{memberId}/pipeline',
    ]);
  });

  it('is a valid OpenAPI 3.1 document, and the validator refuses a broken one', () => {
    const document = assemble({
      contacts: serviceDocument({
        '/members/{memberId}/contacts': {
          get: {
            parameters: [
              { name: 'memberId', in: 'path', required: true, schema: { type: 'string' } },
            ],
            responses: { '403': problemAnswer },
          },
        },
      }),
    });
    expect(validateOpenApi(document)).toMatchObject({ valid: true, version: '3.1' });
    const broken = { ...document, paths: { '/v1/x': { get: { responses: 'none' } } } };
    expect(validateOpenApi(broken).valid).toBe(false);
  });
});
