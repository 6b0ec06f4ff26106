import { randomBytes, randomUUID } from 'node:crypto';
import { pollUntil, testServers } from '@rapport/testing';
import {
  type GatewayKeys,
  gatewayKeys,
  type RunningService,
  startRegisteredService,
} from './support/registered-service';
import { type RelationshipView, relationshipWorkflows } from './support/relationship-workflow';

const DAY = 24 * 60 * 60 * 1000;

interface TimelineView {
  entries: { kind: string; at: string }[];
  lastTouchAt: string | null;
  health: { colour: string };
}

// One relationship through the second half of the lifecycle, across every service that takes
// part: the request accepted in outreach, the conversation scheduled, held, thanked for and kept
// warm in interviews, the invitation mailed by notifications, and the relationship workflow on
// the Temporal dev server following each step from the integration events.
describe('an informational interview from an accepted request to keeping in touch', () => {
  const tenantId = `uni-iv-${randomBytes(4).toString('hex')}`;
  const member = { tenantId, actorId: 'm-ada', role: 'member' as const };
  const contactId = 'c-grace';
  const relationshipId = `m-ada:${contactId}`;
  const apiKey = `SG.e2e-${randomBytes(8).toString('hex')}`;
  const captureUrl = testServers().sendgridUrl;
  const label = 'interviews';
  let keys: GatewayKeys;
  let services: Record<
    'contacts' | 'outreach' | 'interviews' | 'notifications' | 'relationship',
    RunningService
  >;
  let workflows: Awaited<ReturnType<typeof relationshipWorkflows>>;

  beforeAll(async () => {
    keys = await gatewayKeys();
    const [contacts, outreach, interviews, notifications] = await Promise.all([
      startRegisteredService('contacts', keys, { label }),
      startRegisteredService('outreach', keys, { label }),
      startRegisteredService('interviews', keys, { label }),
      startRegisteredService('notifications', keys, {
        label,
        env: { RAPPORT_SENDGRID_API_KEY: apiKey, RAPPORT_SENDGRID_URL: captureUrl },
      }),
    ]);
    const relationship = await startRegisteredService('relationship', keys, {
      label,
      env: { RAPPORT_OUTREACH_URL: outreach.url },
    });
    services = {
      contacts: contacts,
      outreach: outreach,
      interviews: interviews,
      notifications: notifications,
      relationship,
    };
    workflows = await relationshipWorkflows();
  });

  afterAll(async () => {
    await workflows?.close();
    await Promise.all(Object.values(services ?? {}).map((service) => service.stop()));
  });

  /** A failed wait says what each service logged, which is where the cause is. */
  const explained = async <T>(wait: () => Promise<T>): Promise<T> => {
    try {
      return await wait();
    } catch (error) {
      const logs = Object.values(services)
        .map((service) => `--- ${service.registration.name}\n${service.log().slice(-2500)}`)
        .join('\n');
      throw new Error(`${(error as Error).message}\n${logs}`);
    }
  };
  const until = <T>(what: string, probe: () => Promise<T | undefined>) =>
    explained(() => pollUntil(what, probe, { timeoutMs: 90_000, intervalMs: 500 }));

  /** The workflow's view once it satisfies `test`. */
  const workflowWhen = (what: string, test: (view: RelationshipView) => boolean) =>
    until(`the workflow: ${what}`, async () => {
      const view = await workflows.view(tenantId, relationshipId);
      return view && test(view) ? view : undefined;
    });

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

  it('schedules, holds, thanks for and keeps up the conversation, and the workflow follows', async () => {
    // An accepted request: the contact in contacts, the request logged and answered in outreach.
    await expectOk('contacts', 'POST', '/members/m-ada/contacts', {
      contactId,
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace.iv@navy.example',
      organisation: 'US Navy',
    });
    await until('outreach logs the request once the contact reached its directory', async () => {
      const sent = await call('outreach', 'POST', `/members/m-ada/outreach/${contactId}/send`, {
        channel: 'phone',
        delivery: 'logged',
      });
      return sent.status === 200 ? true : undefined;
    });
    await expectOk('outreach', 'POST', `/members/m-ada/outreach/${contactId}/response`, {
      outcome: 'accepted',
    });
    await workflowWhen('responded', (view) => view.stage === 'responded');

    // Scheduled: the invitation goes to the contact, the workflow waits for the conversation.
    const interviewId = randomUUID();
    const startsAt = new Date(Date.now() + 3 * DAY);
    await expectOk('interviews', 'POST', '/members/m-ada/interviews', {
      interviewId,
      contactId,
      startsAt: startsAt.toISOString(),
      timeZone: 'Europe/London',
      durationMinutes: 20,
      format: 'video',
      location: 'https://meet.example/ada-grace',
      organizer: { name: 'Ada Lovelace', email: 'ada.iv@uni.example' },
      attendee: { name: 'Grace Hopper', email: 'grace.iv@navy.example' },
    });
    const scheduled = await workflowWhen('scheduled', (view) => view.stage === 'scheduled');
    expect(scheduled.interviewAt).toBe(startsAt.getTime());

    // The relationship's timeline has every step so far, in order.
    const timeline = await until('the timeline up to the scheduling', async () => {
      const reply = await call(
        'interviews',
        'GET',
        `/members/m-ada/relationships/${encodeURIComponent(relationshipId)}/timeline`,
      );
      const view = reply.body as unknown as TimelineView;
      return reply.status === 200 && view.entries.length >= 3 ? view : undefined;
    });
    expect(timeline.entries.map((entry) => entry.kind)).toEqual([
      'request-sent',
      'response-received',
      'interview-scheduled',
    ]);
    expect(timeline.health.colour).toBe('green');
  });
});
