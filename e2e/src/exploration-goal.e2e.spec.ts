import { randomBytes, randomUUID } from 'node:crypto';
import { pollUntil } from '@rapport/testing';
import {
  type GatewayKeys,
  gatewayKeys,
  type RunningService,
  startRegisteredService,
} from './support/registered-service';
import type { RelationshipView } from './support/relationship-workflow';
import { type TimeSkippingTemporal, timeSkippingTemporal } from './support/time-skipping-temporal';

const DAY = 24 * 60 * 60 * 1000;

interface Target {
  organisationId: string;
  contacts: number;
  requests: number;
  replies: number;
  conversations: number;
  nextPerson: { contactId: string; becauseNoReplyFrom: string } | null;
}

// One exploration goal across the system: the member's contacts in contacts, requests in
// outreach, the relationship workflow (the registered worker, on Temporal's time-skipping server
// so that 3 business days pass in seconds) raising 3B7's second contact, the exploration service
// suggesting the next person at that organisation, and the conversation in interviews ending in a
// reflection, the goal's summary and the member's decision.
describe('an exploration goal from two target organisations to a decision', () => {
  const tenantId = `uni-ex-${randomBytes(4).toString('hex')}`;
  const member = { tenantId, actorId: 'm-ada', role: 'member' as const };
  const label = 'exploration';
  // Ports of its own: the other labelled specs (and consoles) use +20100.
  const portOffset = 300;
  const goal = '/members/m-ada/goals/g-analytics';
  const targetsPath = '/members/m-ada/target-organisations';
  let keys: GatewayKeys;
  let temporal: TimeSkippingTemporal;
  let services: Record<
    'contacts' | 'outreach' | 'interviews' | 'exploration' | 'relationship',
    RunningService
  >;

  beforeAll(async () => {
    keys = await gatewayKeys();
    temporal = await timeSkippingTemporal();
    const started = await Promise.allSettled(
      (['contacts', 'outreach', 'interviews'] as const).map((name) =>
        startRegisteredService(name, keys, { label, portOffset }),
      ),
    );
    const running = started.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value] : [],
    );
    const stopAll = () => Promise.all(running.map((service) => service.stop()));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) {
      await stopAll();
      throw failed.reason;
    }
    const [contacts, outreach, interviews] = running;
    // Both call outreach: exploration for the composer's phone script, the worker for due items.
    const callers = await Promise.allSettled([
      startRegisteredService('exploration', keys, {
        label,
        portOffset,
        env: { RAPPORT_EXPLORATION_OUTREACH_URL: outreach!.url },
      }),
      startRegisteredService('relationship', keys, {
        label,
        portOffset,
        env: { RAPPORT_OUTREACH_URL: outreach!.url, RAPPORT_TEMPORAL_ADDRESS: temporal.address },
      }),
    ]);
    for (const result of callers) if (result.status === 'fulfilled') running.push(result.value);
    const failedCaller = callers.find((result) => result.status === 'rejected');
    if (failedCaller) {
      await stopAll();
      throw failedCaller.reason;
    }
    const [exploration, relationship] = running.slice(3);
    services = {
      contacts: contacts!,
      outreach: outreach!,
      interviews: interviews!,
      exploration: exploration!,
      relationship: relationship!,
    };
  });

  afterAll(async () => {
    await Promise.all(Object.values(services ?? {}).map((service) => service.stop()));
    await temporal?.close();
  });

  /** A failed wait says what each service logged, which is where the cause is. */
  const until = async <T>(
    what: string,
    probe: () => Promise<T | undefined>,
    lastSeen: () => unknown = () => undefined,
  ): Promise<T> => {
    try {
      return await pollUntil(what, probe, { timeoutMs: 90_000, intervalMs: 500 });
    } catch (error) {
      const seen = `last seen: ${JSON.stringify(lastSeen())}\n`;
      const logs = Object.values(services)
        .map((service) => `--- ${service.registration.name}\n${service.log().slice(-2500)}`)
        .join('\n');
      throw new Error(`${(error as Error).message}\n${seen}${logs}`);
    }
  };
  const call = async (
    service: keyof typeof services,
    method: string,
    route: string,
    body?: unknown,
  ) => {
    const reply = await services[service].call(method, route, member, body);
    const text = await reply.text();
    return {
      status: reply.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  };
  const expectOk = async (
    service: keyof typeof services,
    method: string,
    route: string,
    body?: unknown,
  ) => {
    const reply = await call(service, method, route, body);
    if (reply.status >= 300)
      throw new Error(`${method} ${route} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  /** Outreach takes a request once the contact reached its directory from the contacts topic. */
  const ask = (contactId: string, channel = 'email') =>
    until(`outreach records the request to ${contactId}`, async () => {
      const sent = await call('outreach', 'POST', `/members/m-ada/outreach/${contactId}/send`, {
        channel,
        delivery: 'logged',
      });
      return sent.status === 200 ? true : undefined;
    });
  /** The target list once `test` holds for the target `organisationId`. */
  const targetWhen = (what: string, organisationId: string, test: (target: Target) => boolean) =>
    until(`${organisationId}: ${what}`, async () => {
      const list = await call('exploration', 'GET', targetsPath);
      const targets = (list.body['targets'] ?? []) as Target[];
      const target = targets.find((t) => t.organisationId === organisationId);
      return target && test(target) ? target : undefined;
    });

  it('suggests the second person after 3 business days and ends in a decision', async () => {
    await expectOk('exploration', 'POST', '/members/m-ada/goals', {
      goalId: 'g-analytics',
      title: 'Learn whether data analytics in marketing suits me',
      questions: ['What does a normal week look like?'],
    });
    await expectOk('exploration', 'POST', targetsPath, {
      organisationId: 'acme',
      name: 'Acme Analytics',
      motivation: 'Marketing analytics for retailers',
    });
    await expectOk('exploration', 'POST', targetsPath, {
      organisationId: 'globex',
      name: 'Globex',
      motivation: 'An in-house data team',
    });
    const people = [
      ['c-lin', 'Lin', 'Ho', 'Acme Analytics'],
      ['c-ana', 'Ana', 'Ruiz', 'ACME analytics'],
      ['c-gus', 'Gus', 'Grant', 'Globex'],
    ] as const;
    for (const [contactId, givenName, familyName, organisation] of people) {
      await expectOk('contacts', 'POST', '/members/m-ada/contacts', {
        contactId,
        givenName,
        familyName,
        email: `${contactId}@${tenantId}.example`,
        organisation,
      });
      await expectOk('exploration', 'POST', `${goal}/relationships`, { contactId });
    }

    // Requests to one person at each organisation; Lin's relationship runs the 3B7 cadence.
    await ask('c-lin');
    await ask('c-gus', 'phone');
    // Gus is asked by phone: beside the log form, the script outreach's composer writes for him.
    const script = await until('the phone script beside the log form', async () => {
      const reply = await call('exploration', 'GET', '/members/m-ada/phone-calls/c-gus/script');
      return reply.status === 200 ? reply.body : undefined;
    });
    expect(script['script']).toContain('Gus Grant');
    await targetWhen(
      'two contacts, one asked',
      'acme',
      (t) => t.contacts === 2 && t.requests === 1,
    );
    await targetWhen('one asked', 'globex', (t) => t.requests === 1);
    await until('Lin’s relationship awaits a reply', async () => {
      const view = await temporal.view(tenantId, 'm-ada:c-lin');
      return view?.stage === 'awaiting-reply' ? view : undefined;
    });
    await temporal.changePolicy(tenantId, 'm-ada:c-lin', { mode: '3b7' });
    const before = await call('exploration', 'GET', targetsPath);
    expect((before.body['targets'] as Target[]).map((t) => t.nextPerson)).toEqual([null, null]);

    // Six days pass on the workflow clock (at least 3 business days, fewer than 7): Lin has not
    // answered, the workflow raises the second contact, and Ana is the one to ask next.
    await temporal.skip('6d');
    let view: RelationshipView | undefined;
    const raised = await until(
      'the workflow raised the second contact',
      async () => {
        view = await temporal.view(tenantId, 'm-ada:c-lin');
        return view?.history.some((h) => h.what === 'second-contact' && h.result === 'raised')
          ? view
          : undefined;
      },
      () => view,
    );
    expect(raised.stage).toBe('awaiting-reply');
    const suggested = await targetWhen('a next person', 'acme', (t) => t.nextPerson !== null);
    expect(suggested.nextPerson).toMatchObject({ contactId: 'c-ana', becauseNoReplyFrom: 'c-lin' });
    // Globex's relationship follows the standard two-week cadence: nobody is suggested there.
    await targetWhen('still no one suggested', 'globex', (t) => t.nextPerson === null);

    // Ana is asked, answers and meets the member: the suggestion goes, the counts follow.
    await ask('c-ana');
    await expectOk('outreach', 'POST', '/members/m-ada/outreach/c-ana/response', {
      outcome: 'accepted',
    });
    const interviewId = randomUUID();
    await expectOk('interviews', 'POST', '/members/m-ada/interviews', {
      interviewId,
      contactId: 'c-ana',
      startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
      timeZone: 'Europe/London',
      durationMinutes: 20,
      format: 'video',
      location: 'https://meet.example/ada-ana',
      organizer: { name: 'Ada Lovelace', email: `ada@${tenantId}.example` },
      attendee: { name: 'Ana Ruiz', email: `c-ana@${tenantId}.example` },
    });
    await expectOk('interviews', 'POST', `/members/m-ada/interviews/${interviewId}/complete`, {
      notes: 'Half the week is campaign reporting, half is modelling.',
      closingAsks: { linkedin: true, keepInTouch: true },
    });
    const met = await targetWhen(
      'asked twice, one answer, one conversation',
      'acme',
      (t) => t.requests === 2 && t.replies === 1 && t.conversations === 1,
    );
    expect(met.nextPerson).toBeNull();

    // The reflection, the goal's summary across its conversations, and the decision.
    await expectOk('exploration', 'PUT', `${goal}/reflections/${interviewId}`, {
      contactId: 'c-ana',
      learnt: 'Modelling is half the job; the reporting half is automated away.',
      surprised: 'How much of it is talking to the marketing team.',
      fit: 4,
    });
    await expectOk('exploration', 'PUT', `${goal}/decision`, {
      decision: 'pursue',
      reason: 'The modelling half is what I enjoy.',
    });
    await expectOk('exploration', 'POST', `${goal}/learnings`, {
      learningId: 'l-meetup',
      kind: 'opportunity',
      title: 'The monthly marketing analytics meetup',
      interviewId,
    });
    const summary = await expectOk('exploration', 'GET', goal);
    expect(summary).toMatchObject({
      status: 'decided',
      linkedContactIds: ['c-lin', 'c-ana', 'c-gus'],
      conversations: 1,
      averageFit: 4,
      decision: { decision: 'pursue', reason: 'The modelling half is what I enjoy.' },
    });
    expect(summary['reflections']).toMatchObject([{ interviewId, contactId: 'c-ana', fit: 4 }]);
    expect(summary['learnings']).toMatchObject([{ learningId: 'l-meetup', interviewId }]);
    const goals = await expectOk('exploration', 'GET', '/members/m-ada/goals');
    expect(goals['goals']).toMatchObject([
      {
        goalId: 'g-analytics',
        linkedRelationships: 3,
        conversations: 1,
        opportunities: 1,
        decision: { decision: 'pursue' },
      },
    ]);
  });
});
