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

describe('completing an interview', () => {
  const suite = isolateSuite('interviews-complete');
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
