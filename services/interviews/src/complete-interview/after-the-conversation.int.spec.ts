import { isolateSuite } from '@rapport/testing';
import { interviewStreamId } from '../domain/interview.decider';
import {
  ada,
  completedInterview,
  expectStatus,
  outboxMessages,
  scheduleBody,
  startInterviewsApp,
  type InterviewsTestApp,
} from '../testing/interviews-test-app';

const conversation = {
  notes: 'Flood modelling is moving to open data.',
  adviceItems: ['Learn QGIS before applying.', 'Join the regional hydrology society'],
  commitments: [{ id: 'k-1', text: 'Send my flood-map project', due: '2026-03-14' }],
  closingAsks: {
    linkedin: true,
    keepInTouch: true,
    referrals: [
      {
        referralId: 'r-1',
        name: 'Ana Ruiz',
        email: 'ana@water.example',
        organisation: 'Water Board',
      },
      { referralId: 'r-2', name: 'Tom Berg', role: 'Modeller', note: '' },
    ],
  },
};

describe('after the conversation', () => {
  const suite = isolateSuite('interviews-after');
  let service: InterviewsTestApp;
  const base = `/members/${ada.id}/interviews`;
  const typesIn = async (interviewId: string) =>
    (await outboxMessages(service.db, interviewStreamId(ada.id, interviewId))).map((m) => m.type);

  beforeAll(async () => {
    service = await startInterviewsApp(suite);
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('records notes, advice, commitments and the three asks, with the referrals on the wire', async () => {
    await completedInterview(service, 'c-1', conversation);
    const view = (await expectStatus(service, ada, 200, 'GET', `${base}/c-1`)).json();
    expect(view).toMatchObject({ status: 'completed', adviceItems: conversation.adviceItems });
    const messages = await outboxMessages(service.db, interviewStreamId(ada.id, 'c-1'));
    const completed = messages.find(
      (m) => m.type === 'rapport.interviews.v1.InterviewCompleted',
    )!.payload;
    if (completed.$typeName !== 'rapport.interviews.v1.InterviewCompleted') throw new Error();
    expect(completed.relationshipId).toBe(`${ada.id}:c-ho`);
    expect(completed.completedAt).toBeDefined();
    expect(completed.referrals.map((r) => [r.referralId, r.name, r.email, r.role])).toEqual([
      ['r-1', 'Ana Ruiz', 'ana@water.example', ''],
      ['r-2', 'Tom Berg', '', 'Modeller'],
    ]);
    // The same record again is a repeat; other notes are a conflict; nothing moves it now.
    await expectStatus(service, ada, 200, 'POST', `${base}/c-1/complete`, { json: conversation });
    await expectStatus(service, ada, 409, 'POST', `${base}/c-1/complete`, {
      json: { ...conversation, notes: 'other' },
    });
    await expectStatus(service, ada, 409, 'POST', `${base}/c-1/cancel`, { json: {} });
    expect((await typesIn('c-1')).filter((t) => t.endsWith('InterviewCompleted'))).toHaveLength(1);
  });

  it('cannot complete a cancelled interview', async () => {
    await expectStatus(service, ada, 201, 'POST', base, { json: scheduleBody('c-2') });
    await expectStatus(service, ada, 200, 'POST', `${base}/c-2/cancel`, { json: {} });
    const refused = await expectStatus(service, ada, 409, 'POST', `${base}/c-2/complete`, {
      json: conversation,
    });
    expect(refused.json()).toMatchObject({ reason: 'cancelled' });
  });

  it('drafts a thank-you from the conversation and sends it by email through notifications', async () => {
    await completedInterview(service, 'c-3', conversation);
    const drafted = await expectStatus(service, ada, 200, 'POST', `${base}/c-3/thank-you/draft`);
    const draft = drafted.json<{ thankYouDraft: { subject: string; body: string } }>()
      .thankYouDraft;
    expect(draft.body).toContain('Dear Dr Lin Ho,');
    expect(draft.body).toContain('learn QGIS before applying');
    expect(draft.body).toContain('send my flood-map project by 2026-03-14');
    const sent = await expectStatus(service, ada, 200, 'POST', `${base}/c-3/thank-you`, {
      json: { channel: 'email' },
    });
    expect(sent.json()).toMatchObject({ thankYou: { channel: 'email' } });
    const messages = await outboxMessages(service.db, interviewStreamId(ada.id, 'c-3'));
    const email = messages.find((m) => m.type === 'rapport.interviews.v1.ThankYouEmailRequested');
    expect(email?.payload).toMatchObject({
      subject: draft.subject,
      bodyText: draft.body,
      contactId: 'c-ho',
    });
    expect(messages.map((m) => m.type)).toContain('rapport.interviews.v1.ThankYouSent');
    // Sent once: the same again changes nothing, another channel is refused.
    await expectStatus(service, ada, 200, 'POST', `${base}/c-3/thank-you`, {
      json: { channel: 'email' },
    });
    await expectStatus(service, ada, 409, 'POST', `${base}/c-3/thank-you`, {
      json: { channel: 'note' },
    });
    expect(await outboxMessages(service.db, interviewStreamId(ada.id, 'c-3'))).toHaveLength(
      messages.length,
    );
  });

  it('logs a hand-written note without asking notifications for an email', async () => {
    await completedInterview(service, 'c-4', conversation);
    await expectStatus(service, ada, 200, 'POST', `${base}/c-4/thank-you`, {
      json: { channel: 'note' },
    });
    const types = await typesIn('c-4');
    expect(types).toContain('rapport.interviews.v1.ThankYouSent');
    expect(types).not.toContain('rapport.interviews.v1.ThankYouEmailRequested');
  });

  it('refuses thanks before the conversation, and an email with nothing to send', async () => {
    await expectStatus(service, ada, 201, 'POST', base, { json: scheduleBody('c-5') });
    const early = await expectStatus(service, ada, 409, 'POST', `${base}/c-5/thank-you`, {
      json: { channel: 'note' },
    });
    expect(early.json()).toMatchObject({ reason: 'not-completed' });
    await completedInterview(service, 'c-6', conversation);
    await expectStatus(service, ada, 422, 'POST', `${base}/c-6/thank-you`, {
      json: { channel: 'email' },
    });
  });

  it('fulfils commitments, logs touches repeatably and suggests what to send next', async () => {
    await completedInterview(service, 'c-7', conversation);
    await expectStatus(service, ada, 200, 'POST', `${base}/c-7/commitments/k-1/fulfil`);
    await expectStatus(service, ada, 200, 'POST', `${base}/c-7/commitments/k-1/fulfil`);
    await expectStatus(service, ada, 404, 'POST', `${base}/c-7/commitments/k-9/fulfil`);
    const touch = { touchId: 't-1', kind: 'reported_results', touchedAt: '2026-04-01T12:00:00Z' };
    const first = await expectStatus(service, ada, 201, 'POST', `${base}/c-7/touches`, {
      json: touch,
    });
    const again = await expectStatus(service, ada, 201, 'POST', `${base}/c-7/touches`, {
      json: touch,
    });
    expect(again.json()).toEqual(first.json());
    await expectStatus(service, ada, 409, 'POST', `${base}/c-7/touches`, {
      json: { ...touch, kind: 'met' },
    });
    const messages = await outboxMessages(service.db, interviewStreamId(ada.id, 'c-7'));
    const touches = messages.filter((m) => m.type === 'rapport.interviews.v1.TouchLogged');
    expect(touches).toHaveLength(1);
    expect(touches[0]!.payload).toMatchObject({ touchId: 't-1', relationshipId: `${ada.id}:c-ho` });

    const reply = await expectStatus(service, ada, 200, 'GET', `${base}/c-7/touch-suggestions`);
    const { suggestions } = reply.json<{
      suggestions: { kind: string; text: string; from?: unknown }[];
    }>();
    // The last touch reported results, so another sort of note comes first.
    expect(suggestions[0]!.kind).not.toBe('reported_results');
    expect(suggestions).toContainEqual(expect.objectContaining({ from: { commitmentId: 'k-1' } }));
    expect(suggestions).toContainEqual(
      expect.objectContaining({ from: { advice: 'Learn QGIS before applying.' } }),
    );
  });

  it('keeps these to the member: coaches read, nobody else writes', async () => {
    await completedInterview(service, 'c-8', conversation);
    const coach = { id: 'coach-1', role: 'coach' as const, assignedMemberIds: [ada.id] };
    const bob = { id: 'm-bob', role: 'member' as const };
    await expectStatus(service, coach, 200, 'GET', `${base}/c-8/touch-suggestions`);
    for (const caller of [coach, bob]) {
      await expectStatus(service, caller, 403, 'POST', `${base}/c-8/thank-you`, {
        json: { channel: 'note' },
      });
      await expectStatus(service, caller, 403, 'POST', `${base}/c-8/touches`, {
        json: { touchId: 't-9', kind: 'met' },
      });
      await expectStatus(service, caller, 403, 'POST', `${base}/c-8/commitments/k-1/fulfil`);
    }
    await expectStatus(service, bob, 403, 'GET', `${base}/c-8/touch-suggestions`);
    const elsewhere = { ...ada, tenantId: 'uni-b' };
    await expectStatus(service, elsewhere, 404, 'POST', `${base}/c-8/thank-you`, {
      json: { channel: 'note' },
    });
  });

  it('answers malformed records with problem+json', async () => {
    await expectStatus(service, ada, 201, 'POST', base, { json: scheduleBody('c-9') });
    const reply = await expectStatus(service, ada, 400, 'POST', `${base}/c-9/complete`, {
      json: {
        commitments: [{ id: 'k', text: 'x', due: 'next week' }],
        closingAsks: {
          linkedin: 'yes',
          keepInTouch: true,
          referrals: [{ referralId: 'r', name: '' }],
        },
      },
    });
    expect(reply.headers['content-type']).toContain('application/problem+json');
    expect(reply.body).toMatch(/due/);
    expect(reply.body).toMatch(/linkedin/);
  });
});
