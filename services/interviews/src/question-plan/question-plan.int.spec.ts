import { isolateSuite } from '@rapport/testing';
import {
  ada,
  expectStatus,
  scheduleBody,
  startInterviewsApp,
  type InterviewsTestApp,
} from '../testing/interviews-test-app';

interface PlanView {
  questionPlan: {
    questions: { id: string; text: string; source: string; asked: boolean; order: number }[];
    introduction?: string;
  };
}

describe('the question plan', () => {
  const suite = isolateSuite('interviews-plan');
  let service: InterviewsTestApp;
  const base = `/members/${ada.id}/interviews`;

  beforeAll(async () => {
    service = await startInterviewsApp(suite);
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('is prepared from bank suggestions, reordered with a custom question, and ticked off', async () => {
    await expectStatus(service, ada, 201, 'POST', base, { json: scheduleBody('q-1') });
    const suggested = await expectStatus(
      service,
      ada,
      200,
      'POST',
      `${base}/q-1/question-plan/suggestions`,
      {
        json: { goal: 'occupation', role: 'hydrologist', industry: 'water', limit: 6 },
      },
    );
    const bank = suggested.json<PlanView>().questionPlan.questions;
    expect(bank).toHaveLength(6);
    expect(bank.every((q) => q.source === 'bank' && !q.asked)).toBe(true);
    // Suggesting again adds nothing already planned.
    const again = await expectStatus(
      service,
      ada,
      200,
      'POST',
      `${base}/q-1/question-plan/suggestions`,
      {
        json: { goal: 'occupation', role: 'hydrologist', industry: 'water', limit: 6 },
      },
    );
    expect(again.json<PlanView>().questionPlan.questions).toHaveLength(6);

    const custom = {
      id: 'mine-1',
      text: 'How did the 2024 floods change your work?',
      theme: 'trends',
      source: 'custom',
    };
    const reordered = [
      custom,
      ...bank
        .slice(0, 4)
        .reverse()
        .map(({ order: _o, ...q }) => q),
    ];
    const put = await expectStatus(service, ada, 200, 'PUT', `${base}/q-1/question-plan`, {
      json: {
        questions: reordered,
        introduction: 'I study civil engineering and want to work on flood risk.',
      },
    });
    const planned = put.json<PlanView>().questionPlan;
    expect(planned.questions.map((q) => [q.id, q.order])).toEqual(
      reordered.map((q, i) => [q.id, i]),
    );

    const ticked = await expectStatus(
      service,
      ada,
      200,
      'POST',
      `${base}/q-1/question-plan/questions/mine-1/asked`,
      {
        json: {},
      },
    );
    const first = ticked.json<PlanView>().questionPlan.questions[0]!;
    expect(first).toMatchObject({ id: 'mine-1', asked: true });
    expect(ticked.json<PlanView>().questionPlan.introduction).toMatch(/flood risk/);
    await expectStatus(
      service,
      ada,
      404,
      'POST',
      `${base}/q-1/question-plan/questions/nope/asked`,
      { json: {} },
    );
  });

  it('says what preparation is still missing', async () => {
    await expectStatus(service, ada, 201, 'POST', base, { json: scheduleBody('q-2') });
    const before = (await expectStatus(service, ada, 200, 'GET', `${base}/q-2/preparation`)).json<{
      missing: string[];
    }>();
    expect(before.missing).toEqual(
      expect.arrayContaining(['research-notes', 'questions', 'introduction', 'agenda']),
    );
    await expectStatus(service, ada, 200, 'POST', `${base}/q-2/question-plan/suggestions`, {
      json: { goal: 'industry', industry: 'water' },
    });
    const after = (await expectStatus(service, ada, 200, 'GET', `${base}/q-2/preparation`)).json<{
      missing: string[];
    }>();
    expect(after.missing).not.toContain('questions');
  });

  it('refuses a plan for a cancelled interview, bad plans, and other people’s changes', async () => {
    await expectStatus(service, ada, 201, 'POST', base, { json: scheduleBody('q-3') });
    const duplicate = { id: 'x', text: 'Why?', theme: 'advice', source: 'custom' };
    const bad = await expectStatus(service, ada, 400, 'PUT', `${base}/q-3/question-plan`, {
      json: { questions: [duplicate, duplicate] },
    });
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const coach = { id: 'coach-1', role: 'coach' as const, assignedMemberIds: [ada.id] };
    await expectStatus(service, coach, 200, 'GET', `${base}/q-3/preparation`);
    await expectStatus(service, coach, 403, 'PUT', `${base}/q-3/question-plan`, {
      json: { questions: [] },
    });
    await expectStatus(
      service,
      { id: 'm-bob', role: 'member' },
      403,
      'GET',
      `${base}/q-3/preparation`,
    );
    await expectStatus(
      service,
      { ...ada, tenantId: 'uni-b' },
      404,
      'GET',
      `${base}/q-3/preparation`,
    );
    await expectStatus(service, ada, 200, 'POST', `${base}/q-3/cancel`, { json: {} });
    await expectStatus(service, ada, 409, 'POST', `${base}/q-3/question-plan/suggestions`, {
      json: { goal: 'industry' },
    });
  });
});
