import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };

interface Drafted {
  status: string;
  version: number;
  draft: { channel: string; subject?: string; body: string };
  guidance: { ok: boolean; findings: { ruleId: string; severity: string }[] };
}

describe('save a draft', () => {
  const suite = isolateSuite('outreach-draft');
  let service: OutreachTestApp;
  const path = (contactId: string) => `/members/member-ada/outreach/${contactId}/draft`;

  beforeAll(async () => {
    service = await startOutreachApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('saves the draft with an ETag and answers with its guidance', async () => {
    const reply = await expectStatus(service, ada, 200, 'PUT', path('c-grace'), {
      json: {
        channel: 'email',
        subject: 'Advice',
        body: 'Are you hiring? I am looking for a job opening.',
      },
    });
    expect(reply.headers.etag).toBe('"1"');
    const drafted = reply.json<Drafted>();
    expect(drafted).toMatchObject({
      status: 'drafted',
      version: 1,
      draft: { channel: 'email', subject: 'Advice' },
    });
    expect(drafted.guidance.findings.map((f) => f.ruleId)).toContain('ask.job-language');
  });

  it('keeps a LinkedIn note over 300 characters as a draft, with guidance that flags it', async () => {
    const body = `Hello Grace, ${'I would value your advice on compilers. '.repeat(9)}`;
    expect(body.length).toBeGreaterThan(300);
    const drafted = (
      await expectStatus(service, ada, 200, 'PUT', path('c-linkedin'), {
        json: { channel: 'linkedin', body },
      })
    ).json<Drafted>();
    expect(drafted.draft.body).toBe(body);
    expect(drafted.guidance.ok).toBe(false);
    expect(drafted.guidance.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'linkedin.too-long', severity: 'error' }),
    );
  });

  it('replaces the draft; a stale If-Match is refused', async () => {
    const second = await expectStatus(service, ada, 200, 'PUT', path('c-grace'), {
      json: { channel: 'email', subject: 'Advice on compilers', body: 'Dear Grace, …' },
      headers: { 'if-match': '"1"' },
    });
    expect(second.json<Drafted>()).toMatchObject({
      version: 2,
      draft: { subject: 'Advice on compilers' },
    });
    const stale = await service.as(ada).send('PUT', path('c-grace'), {
      json: { channel: 'email', body: 'An old edit' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
  });

  it('is no longer editable once sent', async () => {
    await expectStatus(service, ada, 200, 'POST', '/members/member-ada/outreach/c-grace/send', {
      json: { channel: 'email', delivery: 'logged' },
    });
    const late = await service.as(ada).send('PUT', path('c-grace'), {
      json: { channel: 'email', body: 'Too late' },
    });
    expect(late.status).toBe(409);
    expect(late.json()).toMatchObject({ reason: 'already-sent' });
  });

  it('rejects an empty body, an unknown channel and unknown fields', async () => {
    const before = await service.db.collection('events').countDocuments();
    const bad = await service.as(ada).send('PUT', path('c-bad'), {
      json: { channel: 'pigeon', subject: '', body: '   ', urgent: true },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(
      bad
        .json<{ errors: { pointer: string }[] }>()
        .errors.map((e) => e.pointer)
        .sort(),
    ).toEqual(['/body', '/channel', '/subject', '/urgent']);
    expect(await service.db.collection('events').countDocuments()).toBe(before);
  });
});
