import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  putProfile,
  seedContact,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };

interface Composed {
  kind: string;
  channel: string;
  subject?: string;
  body: string;
  missingFields: string[];
  guidance: { ok: boolean; wordCount: number; findings: { ruleId: string }[] };
}

describe('compose a request from a template', () => {
  const suite = isolateSuite('outreach-compose');
  let service: OutreachTestApp;
  const compose = async (contactId: string, json: unknown, caller = ada) =>
    service.as(caller).send('POST', `/members/member-ada/outreach/${contactId}/compose`, { json });

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await putProfile(service, ada, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@uni.example',
      programme: 'MSc Mathematics',
      institution: 'University of London',
    });
    await seedContact(service, 'member-ada', 'c-grace', {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
      organisation: 'US Navy',
      role: 'Rear Admiral',
    });
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('fills an email request from the profile and the contact, with guidance, and stores nothing', async () => {
    const reply = await compose('c-grace', {
      kind: 'email-request',
      topic: 'careers in naval computing',
      connection: 'Professor De Morgan suggested I write to you',
    });
    expect(reply.status).toBe(200);
    const draft = reply.json<Composed>();
    expect(draft).toMatchObject({ kind: 'email-request', channel: 'email', missingFields: [] });
    expect(draft.subject).toContain('careers in naval computing');
    expect(draft.body).toContain('Grace Hopper');
    expect(draft.body).toContain('Ada Lovelace');
    expect(draft.body).toContain('US Navy');
    expect(draft.guidance.wordCount).toBeGreaterThan(20);
    expect(draft.guidance.findings.map((f) => f.ruleId)).not.toContain('ask.job-language');
    expect(await service.db.collection('events').countDocuments()).toBe(0);
  });

  it('lists what it had to leave out, and fits a LinkedIn note in its limit', async () => {
    const note = (await compose('c-unknown', { kind: 'linkedin-note' })).json<Composed>();
    expect(note.channel).toBe('linkedin');
    expect(note.subject).toBeUndefined();
    expect(note.missingFields).toEqual(
      expect.arrayContaining(['contact.givenName', 'contact.organisation', 'topic']),
    );
    expect([...note.body].length).toBeLessThanOrEqual(300);
  });

  it('dates a follow-up from the request that went out', async () => {
    await expectStatus(service, ada, 200, 'POST', '/members/member-ada/outreach/c-grace/send', {
      json: { channel: 'email', delivery: 'logged' },
    });
    const followUp = (await compose('c-grace', { kind: 'email-follow-up' })).json<Composed>();
    expect(followUp.body).toContain('2 March 2026');
  });

  it('is the member’s to use, and rejects kinds it does not know', async () => {
    const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
    expect((await compose('c-grace', { kind: 'email-request' }, coach)).status).toBe(403);
    const bad = await compose('c-grace', { kind: 'telegram', topic: '' });
    expect(bad.status).toBe(400);
    expect(
      bad
        .json<{ errors: { pointer: string }[] }>()
        .errors.map((e) => e.pointer)
        .sort(),
    ).toEqual(['/kind', '/topic']);
  });
});
