import { isolateSuite } from '@rapport/testing';
import { interviewStreamId } from '../domain/interview.decider';
import {
  ada,
  completedInterview,
  expectStatus,
  outboxMessages,
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

describe('keeping in touch', () => {
  const suite = isolateSuite('interviews-keep-in-touch');
  let service: InterviewsTestApp;
  const base = `/members/${ada.id}/interviews`;
  beforeAll(async () => {
    service = await startInterviewsApp(suite);
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
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
});
