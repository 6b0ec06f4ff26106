// The daily digest end to end: the real digest workflow on Temporal's time-skipping test server,
// its real activity against the suite's database, mail through the SendGrid capture server, and
// the preferences route that starts, re-plans and ends the workflow.
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { isolateSuite, pollUntil, testServers } from '@rapport/testing';
import { recordReplayFixture } from '@rapport/testing/replay';
import { NotificationStore } from '../delivery/notification.store';
import type { MemberItem } from '../domain/notification';
import { localClock } from '../preferences/preferences';
import {
  type Caller,
  type CapturedMessage,
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import type { DigestActivities } from './digest.activities';
import { DIGEST_ACTIVITIES } from './digest.providers';
import { digestQuery, digestWorkflowId, type DigestView } from './workflows/digest.workflow';
import { nextDigestTime } from './workflows/local-time';

Runtime.install({ logger: new DefaultLogger('WARN') });

const HOUR = 3_600_000;
const LONDON = 'Europe/London';
const ada: Caller = { id: 'member-ada', role: 'member' };
const ref = (n: string) => ({
  memberId: 'member-ada',
  contactId: `contact-${n}`,
  relationshipId: `rel-${n}`,
});

/** The instant a London clock next reads `hhmm` after `afterMs`. */
const londonAt = (afterMs: number, hhmm: string) => nextDigestTime(afterMs, LONDON, hhmm).at;

const textOf = (message: CapturedMessage) =>
  message.content.find((part) => part.type === 'text/plain')?.value ?? '';
const htmlOf = (message: CapturedMessage) =>
  message.content.find((part) => part.type === 'text/html')?.value ?? '';
const longDate = (localDate: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(Date.parse(`${localDate}T00:00:00Z`));

describe('daily digest on Temporal', () => {
  const suite = isolateSuite('digest');
  let env: TestWorkflowEnvironment;
  let service: NotificationsTestApp;
  let worker: Worker;
  let running: Promise<void>;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testServers().temporalTestServer } },
    });
    service = await startNotificationsApp(suite, {
      digests: { client: env.client, taskQueue: suite.taskQueue },
    });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: suite.taskQueue,
      workflowsPath: require.resolve('./workflows/digest.workflow'),
      activities: service.app.get<DigestActivities>(DIGEST_ACTIVITIES),
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await service?.close();
    await env?.teardown();
    await suite.cleanup();
  });

  const now = () => env.currentTimeMs();
  const handleOf = (memberId: string) =>
    env.client.workflow.getHandle(digestWorkflowId('uni-a', memberId));
  const viewWhen = (memberId: string, accept: (view: DigestView) => boolean) =>
    pollUntil(`the digest workflow of ${memberId} to settle`, async () => {
      const view = await handleOf(memberId).query(digestQuery);
      return accept(view) ? view : undefined;
    });
  const digestsTo = async (address: string) =>
    (await service.mailbox.messages(address)).filter((m) =>
      m.subject?.startsWith('Your networking for'),
    );
  const digestsReach = (address: string, count: number) =>
    pollUntil(
      `${count} digest(s) to ${address}`,
      async () => {
        const digests = await digestsTo(address);
        return digests.length >= count ? digests : undefined;
      },
      { timeoutMs: 60_000 },
    );
  /** Raises a due item as the relationship workflow would, at `at` on the service's clock. */
  const raise = async (at: number, key: string, item: MemberItem) => {
    service.clock.now = new Date(at);
    return service.dispatcher.notifyMember('uni-a', key, item);
  };
  /** A finished run's history as a replay fixture, when RAPPORT_RECORD_REPLAY=1. */
  const recordReplay = (memberId: string, name: string) =>
    recordReplayFixture(handleOf(memberId), path.join(__dirname, 'replay/fixtures'), name);
  const putPreferences = async (caller: Caller, body: Record<string, unknown>) => {
    const path = `/members/${caller.id}/notification-preferences`;
    const current = await service.as(caller).send('GET', path);
    const reply = await service.as(caller).send('PUT', path, {
      json: body,
      headers: { 'if-match': String(current.headers['etag']) },
    });
    expect(reply.status).toBe(200);
  };

  it('sends one digest at 07:30 London with the member’s mixed due items, one a day, and follows a move to 18:00 until turned off', async () => {
    const start = await now();
    const first = nextDigestTime(start, LONDON, '07:30');
    await putPreferences(ada, {
      email: 'ada@student.example',
      displayName: 'Ada <Lovelace>',
      timeZone: LONDON,
      quietHours: { start: '22:00', end: '07:00' },
      digest: { enabled: true, localTime: '07:30' },
    });
    const planned = await viewWhen('member-ada', (view) => view.next !== undefined);
    expect(planned.next).toEqual(first);

    // The evening before (mailed at once), the night before (held), and older items.
    const dayBefore = first.at - 30 * HOUR; // about 01:30 the day before, London time
    const results = [
      await raise(londonAt(dayBefore, '19:30'), 'fu-1', {
        kind: 'follow-up-due',
        ...ref('lin'),
        dueAt: londonAt(dayBefore, '19:30'),
        sequence: 1,
      }),
      await raise(londonAt(dayBefore, '20:30'), 'iv-48', {
        kind: 'interview-reminder',
        ...ref('kat'),
        dueAt: londonAt(dayBefore, '20:30'),
        hoursBefore: 48,
        interviewAt: first.at + 36 * HOUR,
      }),
      await raise(londonAt(dayBefore, '21:30'), 'ty-late', {
        kind: 'thank-you-due',
        ...ref('grace'),
        dueAt: londonAt(dayBefore, '21:30'),
        overdue: true,
        interviewCompletedAt: first.at - 60 * HOUR,
      }),
      await raise(londonAt(first.at - 3 * HOUR, '06:30'), 'kit-1', {
        kind: 'keep-in-touch-due',
        ...ref('mary'),
        dueAt: londonAt(first.at - 3 * HOUR, '06:30'),
        cycle: 1,
      }),
      // Held a day earlier still: outside the 24-hour window, yet never mailed, so it belongs in.
      await raise(londonAt(dayBefore, '04:30'), 'sc-1', {
        kind: 'second-contact',
        ...ref('lin'),
        dueAt: londonAt(dayBefore, '04:30'),
      }),
      // Mailed two days before: not today's business.
      await raise(londonAt(first.at - 54 * HOUR, '19:30'), 'fu-old', {
        kind: 'follow-up-due',
        ...ref('old'),
        dueAt: londonAt(first.at - 54 * HOUR, '19:30'),
        sequence: 2,
      }),
    ];
    expect(results).toEqual(['sent', 'sent', 'sent', 'held', 'held', 'sent']);
    expect(await digestsTo('ada@student.example')).toHaveLength(0);

    await env.sleep(first.at - (await now()) + 60_000);
    const [digest] = await digestsReach('ada@student.example', 1);
    expect(await digestsTo('ada@student.example')).toHaveLength(1);
    expect(digest!.subject).toBe(`Your networking for ${longDate(first.localDate)}`);
    expect(digest!.custom_args?.['notification_id']).toBe(
      `uni-a:digest:member-ada:${first.localDate}`,
    );
    const text = textOf(digest!);
    const order = [
      'FOLLOW-UPS TO SEND',
      '- Time for your first follow-up with your contact (due ',
      'SECOND PEOPLE TO ASK',
      'CONVERSATIONS TO PREPARE FOR',
      '- Your conversation with your contact is in 2 days (due ',
      'THANK-YOUS TO WRITE',
      '- Your thank-you to your contact is overdue (due ',
      'PEOPLE TO GET BACK IN TOUCH WITH',
      '- Time to get back in touch with your contact (due ',
    ].map((needle) => {
      expect(text).toContain(needle);
      return text.indexOf(needle);
    });
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain('second follow-up');
    expect(text).toContain('5 things to act on');
    expect(text).toContain('2 of them were kept back during your quiet hours');
    // Times on the member's clock, and each item's own action link.
    expect(text).toMatch(
      /first follow-up with your contact \(due \w{3} \d+ \w{3}, 19:30 (GMT|BST)\)/,
    );
    expect(text).toMatch(
      /get back in touch with your contact \(due \w{3} \d+ \w{3}, 06:30 (GMT|BST), held during quiet hours\)/,
    );
    expect(text).toContain(
      'https://console.rapport.test/members/member-ada/relationships/rel-kat?action=prepare',
    );
    const html = htmlOf(digest!);
    expect(html).toContain('Hello Ada &lt;Lovelace&gt;,');
    expect(html).toContain(
      '<a href="https://console.rapport.test/members/member-ada/relationships/rel-grace?action=thank-you"',
    );

    const store = new NotificationStore(service.db);
    const recorded = await store.get('uni-a', `digest:member-ada:${first.localDate}`);
    expect(recorded).toMatchObject({
      kind: 'digest',
      dueAt: new Date(first.at),
      email: { status: 'sent', to: 'ada@student.example' },
    });
    // The held emails went out in the digest; the inbox has the digest itself.
    expect((await store.get('uni-a', 'kit-1'))?.email).toMatchObject({
      status: 'sent',
      reason: `in the digest uni-a:digest:member-ada:${first.localDate}`,
    });
    const inbox = await service.as(ada).send('GET', '/members/member-ada/inbox');
    const items = inbox.json<{ items: Array<{ kind: string; title: string }> }>().items;
    expect(items.filter((item) => item.kind === 'digest').map((item) => item.title)).toEqual([
      digest!.subject,
    ]);

    // The next morning: only what came due since, under the new date.
    await raise(londonAt(first.at, '10:30'), 'fu-3', {
      kind: 'follow-up-due',
      ...ref('pat'),
      dueAt: londonAt(first.at, '10:30'),
      sequence: 3,
    });
    const second = nextDigestTime(first.at, LONDON, '07:30');
    await viewWhen('member-ada', (view) => view.next?.localDate === second.localDate);
    await env.sleep(second.at - (await now()) + 60_000);
    const afterTwo = await digestsReach('ada@student.example', 2);
    expect(afterTwo).toHaveLength(2);
    const secondDigest = afterTwo.find((m) => m.subject?.endsWith(longDate(second.localDate)));
    expect(textOf(secondDigest!)).toContain('- Time for your third follow-up with your contact');
    expect(textOf(secondDigest!)).toContain('one thing to act on: follow-ups to send (1)');
    expect(textOf(secondDigest!)).not.toContain('get back in touch');

    // Moved to 18:00: the workflow re-plans at once, for a date after today's digest.
    await putPreferences(ada, { digest: { enabled: true, localTime: '18:00' } });
    const moved = await viewWhen('member-ada', (view) => view.settings.localTime === '18:00');
    const third = nextDigestTime(await now(), LONDON, '18:00', second.localDate);
    expect(moved.next).toEqual(third);
    expect(localClock(new Date(third.at), LONDON).minutes).toBe(18 * 60);
    await raise(londonAt(second.at, '12:00'), 'kit-2', {
      kind: 'keep-in-touch-due',
      ...ref('lin'),
      dueAt: londonAt(second.at, '12:00'),
      cycle: 2,
    });
    await env.sleep(third.at - (await now()) + 60_000);
    expect(await digestsReach('ada@student.example', 3)).toHaveLength(3);
    expect((await store.get('uni-a', `digest:member-ada:${third.localDate}`))?.dueAt).toEqual(
      new Date(third.at),
    );

    // Turned off: the workflow ends, and days later no digest has come.
    await putPreferences(ada, { digest: { enabled: false, localTime: '18:00' } });
    await expect(handleOf('member-ada').result()).resolves.toMatchObject({
      reason: 'the member turned the digest off',
      lastLocalDate: third.localDate,
    });
    await recordReplay('member-ada', 'three-digests-moved-to-evening-then-off');
    await raise((await now()) + HOUR, 'fu-4', {
      kind: 'follow-up-due',
      ...ref('pat'),
      dueAt: (await now()) + HOUR,
      sequence: 4,
    });
    await env.sleep(3 * 24 * HOUR);
    expect(await digestsTo('ada@student.example')).toHaveLength(3);
  });

  it('opting out through the preferences route ends the workflow, opting in starts a new one; a day with nothing due sends nothing', async () => {
    const bo: Caller = { id: 'member-bo', role: 'member' };
    await putPreferences(bo, {
      email: 'bo@student.example',
      timeZone: 'Pacific/Auckland',
      digest: { enabled: true, localTime: '07:30' },
    });
    const { next } = await viewWhen('member-bo', (view) => view.next !== undefined);
    await env.sleep(next!.at - (await now()) + 60_000);
    const store = new NotificationStore(service.db);
    const skipped = await pollUntil('the empty digest to be recorded', async () => {
      const doc = await store.get('uni-a', `digest:member-bo:${next!.localDate}`);
      return doc?.email.status === 'skipped' ? doc : undefined;
    });
    expect(skipped.email.reason).toBe('nothing came due since the last digest');
    expect(await digestsTo('bo@student.example')).toHaveLength(0);

    await putPreferences(bo, { digest: { enabled: false, localTime: '07:30' } });
    await expect(handleOf('member-bo').result()).resolves.toMatchObject({
      reason: 'the member turned the digest off',
    });
    expect((await handleOf('member-bo').describe()).status.name).toBe('COMPLETED');
    await recordReplay('member-bo', 'empty-day-then-off');

    // Turned on again: a new run plans the next digest.
    await putPreferences(bo, { digest: { enabled: true, localTime: '08:15' } });
    const again = await viewWhen('member-bo', (view) => view.next !== undefined);
    expect(again.next).toEqual(nextDigestTime(await now(), 'Pacific/Auckland', '08:15'));
    expect((await handleOf('member-bo').describe()).status.name).toBe('RUNNING');
  });
});
