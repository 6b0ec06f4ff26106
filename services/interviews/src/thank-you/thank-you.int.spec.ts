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

describe('thanking the contact', () => {
  const suite = isolateSuite('interviews-thank-you');
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
});
