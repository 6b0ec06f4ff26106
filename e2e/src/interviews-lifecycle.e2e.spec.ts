import { randomBytes, randomUUID } from 'node:crypto';
import { calendarReply, inboundParsePost, unfoldedIcs } from './support/inbound-mail';
import { invitationReplyAddress } from '@rapport/contracts';
import { pollUntil, testServers } from '@rapport/testing';
import {
  type GatewayKeys,
  gatewayKeys,
  type RunningService,
  startRegisteredService,
} from './support/registered-service';
import { type RelationshipView, relationshipWorkflows } from './support/relationship-workflow';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface CapturedMessage {
  subject?: string;
  custom_args?: Record<string, string>;
  attachments?: { content: string; filename: string; type?: string }[];
}

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
  // Given to interviews (the ORGANIZER it names) and notifications (the mail it reads) alike.
  const replyDomain = 'reply.interviews.e2e.example';
  let keys: GatewayKeys;
  let services: Record<
    'contacts' | 'outreach' | 'interviews' | 'notifications' | 'relationship',
    RunningService
  >;
  let workflows: Awaited<ReturnType<typeof relationshipWorkflows>>;

  beforeAll(async () => {
    keys = await gatewayKeys();
    const started = await Promise.allSettled([
      startRegisteredService('contacts', keys, { label }),
      startRegisteredService('outreach', keys, { label }),
      startRegisteredService('interviews', keys, {
        label,
        env: { RAPPORT_REPLY_DOMAIN: replyDomain },
      }),
      startRegisteredService('notifications', keys, {
        label,
        env: {
          RAPPORT_SENDGRID_API_KEY: apiKey,
          RAPPORT_SENDGRID_URL: captureUrl,
          RAPPORT_REPLY_DOMAIN: replyDomain,
        },
      }),
    ]);
    const running = started.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value] : [],
    );
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) {
      // Those that did start must not outlive the run (they would answer the next one's health).
      await Promise.all(running.map((service) => service.stop()));
      throw failed.reason;
    }
    const [contacts, outreach, interviews, notifications] = running;
    const relationship = await startRegisteredService('relationship', keys, {
      label,
      env: { RAPPORT_OUTREACH_URL: outreach!.url },
    }).catch(async (error: unknown) => {
      await Promise.all(running.map((service) => service.stop()));
      throw error;
    });
    services = {
      contacts: contacts!,
      outreach: outreach!,
      interviews: interviews!,
      notifications: notifications!,
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

  /** This run's mail to an address at the capture server, once `test` finds it. */
  const mailTo = (what: string, to: string, test: (message: CapturedMessage) => boolean) =>
    until(what, async () => {
      const reply = await fetch(`${captureUrl}/api/messages?to=${encodeURIComponent(to)}`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      const { messages } = (await reply.json()) as { messages: CapturedMessage[] };
      // Only this run's institution: the topics also carry earlier runs' mail.
      return messages.find((m) => m.custom_args?.['tenant_id'] === tenantId && test(m));
    });
  const timelineKinds = async (count: number) => {
    const timeline = await until(`${count} lines on the timeline`, async () => {
      const reply = await call(
        'interviews',
        'GET',
        `/members/m-ada/relationships/${encodeURIComponent(relationshipId)}/timeline`,
      );
      const view = reply.body as unknown as TimelineView;
      return reply.status === 200 && view.entries.length >= count ? view : undefined;
    });
    return { timeline, kinds: timeline.entries.map((entry) => entry.kind) };
  };
  const raised = (view: RelationshipView, what: string) =>
    view.history.filter((entry) => entry.what === what && entry.result === 'raised');

  it('schedules, holds, thanks for and keeps up the conversation, and the workflow follows', async () => {
    const grace = 'grace.iv@navy.example';
    // An accepted request: the contact in contacts, the request logged and answered in outreach.
    await expectOk('contacts', 'POST', '/members/m-ada/contacts', {
      contactId,
      givenName: 'Grace',
      familyName: 'Hopper',
      email: grace,
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

    // Scheduled: the invitation reaches the contact, the workflow waits for the conversation.
    const interviewId = randomUUID();
    const interviewPath = `/members/m-ada/interviews/${interviewId}`;
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
      attendee: { name: 'Grace Hopper', email: grace },
    });
    const scheduled = await workflowWhen('scheduled', (view) => view.stage === 'scheduled');
    expect(scheduled.interviewAt).toBe(startsAt.getTime());
    const invitation = await mailTo('the invitation at the capture server', grace, (m) =>
      (m.attachments ?? []).some((file) => file.filename === 'invite.ics'),
    );
    const ics = unfoldedIcs(invitation.attachments?.[0]?.content ?? '');
    expect(ics).toMatch(/^METHOD:REQUEST$/m);
    const uid = /^UID:(.+)$/m.exec(ics)?.[1]?.trim() ?? '';
    const sequence = Number(/^SEQUENCE:(\d+)$/m.exec(ics)?.[1] ?? Number.NaN);
    expect(uid).not.toBe('');
    // iMIP sends the REPLY to the ORGANIZER: Rapport's answer address, not the member's mailbox.
    const answerTo = invitationReplyAddress(replyDomain);
    expect(/^ORGANIZER[^\n]*:mailto:(.+)$/im.exec(ics)?.[1]?.trim()).toBe(answerTo);

    // The contact's calendar accepts: its iMIP REPLY arrives through Inbound Parse.
    const reply = inboundParsePost({
      from: `Grace Hopper <${grace}>`,
      to: answerTo,
      subject: `Accepted: ${invitation.subject ?? 'the invitation'}`,
      text: 'Grace Hopper has accepted this invitation.',
      ics: calendarReply({ uid, sequence, organizer: answerTo, attendee: grace }),
    });
    const posted = await fetch(`${services.notifications.url}/webhooks/sendgrid/inbound`, {
      method: 'POST',
      headers: { 'content-type': reply.contentType },
      body: reply.body,
    });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ recorded: true });
    const accepted = await until('the interview records the acceptance', async () => {
      const view = await call('interviews', 'GET', interviewPath);
      const answer = view.body['reply'] as { partstat?: string } | null | undefined;
      return answer?.partstat ? answer : undefined;
    });
    expect(accepted.partstat).toBe('accepted');

    // Held: notes, advice, a commitment and the three closing asks, with two people referred.
    const completed = await expectOk('interviews', 'POST', `${interviewPath}/complete`, {
      notes: 'Compilers made programming open to many more people.',
      adviceItems: ['Learn how a compiler reads a program'],
      commitments: [
        {
          id: 'send-cv',
          text: 'Send my CV',
          due: new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10),
        },
      ],
      closingAsks: {
        linkedin: true,
        keepInTouch: true,
        referrals: [
          {
            referralId: 'ref-jean',
            name: 'Jean Sammet',
            email: 'jean.iv@ibm.example',
            organisation: 'IBM',
          },
          { referralId: 'ref-betty', name: 'Betty Holberton', organisation: 'Remington Rand' },
        ],
      },
    });
    const interviewed = await workflowWhen('interviewed', (view) => view.stage === 'interviewed');
    // The 48-hour clock runs: a reminder is due 24 hours after the conversation (the default
    // policy), moved past the night's quiet hours at most.
    const completedAt = Date.parse(String(completed['completedAt']));
    expect(interviewed.nextDue?.kind).toBe('thank-you-reminder');
    expect(interviewed.nextDue?.at).toBeGreaterThanOrEqual(completedAt + DAY);
    expect(interviewed.nextDue?.at).toBeLessThanOrEqual(completedAt + DAY + 12 * HOUR);
    const referred = await until('two referred people in the contact book', async () => {
      const list = await call('contacts', 'GET', '/members/m-ada/contacts');
      const items = (list.body['items'] ?? []) as {
        givenName: string;
        referredBy: string | null;
      }[];
      const mine = items.filter((item) => item.referredBy === contactId);
      return mine.length >= 2 ? mine : undefined;
    });
    expect(referred.map((item) => item.givenName).sort()).toEqual(['Betty', 'Jean']);

    // Thanked before that reminder: none is raised, the 48-hour clock stops, and the mail goes out.
    const draft = await expectOk('interviews', 'POST', `${interviewPath}/thank-you/draft`);
    const { subject, body } = draft['thankYouDraft'] as { subject: string; body: string };
    await expectOk('interviews', 'POST', `${interviewPath}/thank-you`, {
      channel: 'email',
      subject,
      body,
    });
    const thanked = await workflowWhen('thanked', (view) => view.stage === 'thanked');
    expect(raised(thanked, 'thank-you-reminder')).toEqual([]);
    expect(raised(thanked, 'thank-you-deadline')).toEqual([]);
    expect(thanked.nextDue?.kind).toBe('keep-in-touch');
    await mailTo('the thank-you at the capture server', grace, (m) => m.subject === subject);

    // A touch logged restarts the keep-in-touch cadence from that moment.
    const before = thanked.nextDue?.at ?? 0;
    await expectOk('interviews', 'POST', `${interviewPath}/touches`, {
      touchId: 'touch-article',
      kind: 'shared_article',
    });
    const touched = await workflowWhen(
      'touch logged',
      (view) => view.counts.touches > thanked.counts.touches,
    );
    const lastTouchAt = touched.lastTouchAt ?? 0;
    expect(touched.stage).toBe('thanked');
    expect(touched.nextDue?.kind).toBe('keep-in-touch');
    // Counted from the touch. Not always later than before: when both dates, seconds apart, fall
    // into the same quiet hours 56 days on (a run in the evening), both move to the same morning.
    expect(touched.nextDue?.at ?? 0).toBeGreaterThanOrEqual(before);
    expect(touched.nextDue?.at ?? 0).toBeGreaterThanOrEqual(lastTouchAt + 56 * DAY);

    // The timeline tells the same story, in order, and the relationship is green.
    const { timeline, kinds } = await timelineKinds(7);
    expect(kinds).toEqual([
      'request-sent',
      'response-received',
      'interview-scheduled',
      'calendar-reply',
      'interview-completed',
      'thank-you-sent',
      'touch-logged',
    ]);
    expect(timeline.lastTouchAt).toBe(new Date(lastTouchAt).toISOString());
    expect(timeline.health.colour).toBe('green');
  });
});
