import { isolateSuite } from '@rapport/testing';
import { type Caller, type OutreachTestApp, startOutreachApp } from '../testing/outreach-test-app';
import { guidanceReportResponse } from './check-guidance.response';

interface SchemaNode {
  properties: Record<string, SchemaNode | undefined>;
  items?: SchemaNode;
}

interface OpenApi {
  paths: Record<
    string,
    | {
        post: {
          responses: Record<
            string,
            { content: Record<string, { schema: SchemaNode } | undefined> } | undefined
          >;
        };
      }
    | undefined
  >;
}

interface Report {
  ok: boolean;
  wordCount: number;
  findings: { ruleId: string; severity: string }[];
}

const good = [
  'Dear Dr Hopper,',
  'I am Ada Lovelace, a mathematics student at the University of London. Professor De Morgan suggested I write to you.',
  'Your work on compilers is exactly what I hope to learn about. Could we talk for 20 minutes in the next few weeks, at a time that suits you?',
  'Kind regards,\nAda Lovelace',
].join('\n\n');

describe('guidance on a draft', () => {
  const suite = isolateSuite('outreach-guidance');
  let service: OutreachTestApp;
  const check = (caller: Caller, json: unknown) =>
    service.as(caller).send('POST', '/guidance', { json });

  beforeAll(async () => {
    service = await startOutreachApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('passes a short, specific request and counts its words', async () => {
    const reply = await check(
      { id: 'member-ada', role: 'member' },
      { channel: 'email', subject: 'Advice on a career in compilers', body: good },
    );
    expect(reply.status).toBe(200);
    const report = reply.json<Report>();
    expect(report.ok).toBe(true);
    expect(report.wordCount).toBe(56);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('flags a job request and a missing subject, for any authenticated caller', async () => {
    const report = (
      await check(
        { id: 'coach-cy', role: 'coach' },
        { channel: 'email', body: 'Hello, are you hiring? Please send me any job openings.' },
      )
    ).json<Report>();
    expect(report.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['subject.missing', 'ask.job-language']),
    );
  });

  it('says why each finding matters, and points a job ask at its sentence with a rewrite', async () => {
    const body = good.replace(
      'Kind regards',
      'Could you introduce me to the hiring manager for your team?\n\nKind regards',
    );
    const reply = await check({ id: 'member-ada', role: 'member' }, { channel: 'email', body });
    // Strict: a field the schema (and so the OpenAPI document) does not list fails the parse.
    const report = guidanceReportResponse.parse(reply.json());
    expect(report.findings.every((f) => f.why.length > 40)).toBe(true);
    const ask = report.findings.find((f) => f.ruleId === 'ask.job-language');
    expect(body.slice(ask?.span?.start, ask?.span?.end)).toBe('introduce me to the hiring manager');
    expect(body.slice(ask?.sentence?.start, ask?.sentence?.end)).toBe(
      'Could you introduce me to the hiring manager for your team?',
    );
    expect(ask?.suggestion?.replaces).toEqual(ask?.sentence);
    expect(ask?.suggestion?.text).toMatch(/^Is there anyone else you think I should talk to/);
    expect(ask?.why).toMatch(/advice, never for a job/);
  });

  it('documents the report, reasons and rewrites included', async () => {
    const fastify = service.app.getHttpAdapter().getInstance();
    const document = await fastify.inject({ method: 'GET', url: '/docs/openapi.json' });
    const finding =
      document.json<OpenApi>().paths['/guidance']?.post.responses['200']?.content[
        'application/json'
      ]?.schema.properties.findings?.items?.properties;
    expect(Object.keys(finding ?? {})).toEqual(
      expect.arrayContaining(['ruleId', 'message', 'why', 'span', 'sentence', 'suggestion']),
    );
  });

  it('applies the institution’s stricter word limit', async () => {
    const report = (
      await check(
        { id: 'admin-al', role: 'admin' },
        {
          channel: 'email',
          subject: 'Advice',
          body: good,
          policy: { warnWords: 40, maxWords: 50 },
        },
      )
    ).json<Report>();
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => f.ruleId)).toContain('length.too-long');
  });

  it('rejects an inconsistent policy and unknown fields', async () => {
    const member: Caller = { id: 'member-ada', role: 'member' };
    const inconsistent = await check(member, {
      channel: 'email',
      body: good,
      policy: { warnWords: 90, maxWords: 60 },
    });
    expect(inconsistent.status).toBe(422);
    const unknown = await check(member, { channel: 'fax', body: good, tone: 'warm' });
    expect(unknown.status).toBe(400);
    expect(
      unknown
        .json<{ errors: { pointer: string }[] }>()
        .errors.map((e) => e.pointer)
        .sort(),
    ).toEqual(['/channel', '/tone']);
  });

  it('needs a valid token like every other route', async () => {
    const fastify = service.app.getHttpAdapter().getInstance();
    const anonymous = await fastify.inject({
      method: 'POST',
      url: '/guidance',
      payload: { channel: 'email', body: good },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
