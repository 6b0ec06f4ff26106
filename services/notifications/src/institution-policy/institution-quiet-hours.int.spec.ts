import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { DEFAULT_INSTITUTION_POLICY, decodeEnvelope } from '@rapport/contracts';
import { consumerFrom, DeadLetterQueue } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { type ConsumerSpec, isolateSuite, pollUntil, startConsumerSpec } from '@rapport/testing';
import { delivery } from '../delivery/notifications.consumer';
import { NotificationStore } from '../delivery/notification.store';
import { PreferencesStore } from '../preferences/preferences.store';
import {
  type Caller,
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import { institutionPolicies } from './institution-policy.consumer';

interface PreferencesReply {
  timeZone: string;
  quietHours: { start: string; end: string } | null;
  fromInstitution: string[];
  version: number;
}

// Grace and Ida never chose a clock; Hal chose to be mailed at any hour; Bo is in another
// institution.
const grace: Caller = { id: 'member-grace', role: 'member', tenantId: 'uni-q' };
const ida: Caller = { id: 'member-ida', role: 'member', tenantId: 'uni-q' };
const hal: Caller = { id: 'member-hal', role: 'member', tenantId: 'uni-q' };
const bo: Caller = { id: 'member-bo', role: 'member', tenantId: 'uni-r' };

describe('members who never chose a clock follow their institution’s time zone and quiet hours', () => {
  const suite = isolateSuite('notifications-institution-quiet');
  const institutions = suite.topic('institutions');
  const relationship = suite.topic('relationship');
  let service: NotificationsTestApp;
  let spec: ConsumerSpec;
  let preferences: PreferencesStore;

  const policy = (
    tenantId: string,
    version: number,
    timeZone: string,
    start: string,
    end: string,
  ) =>
    spec.publish(
      institutions,
      'rapport.institutions.v1.PolicyChanged',
      {
        institutionId: tenantId,
        version,
        urgent: false,
        policy: { ...DEFAULT_INSTITUTION_POLICY, timeZone, quietHours: { start, end } },
      },
      { tenantId },
    );
  const read = async (caller: Caller) => {
    const reply = await service
      .as(caller)
      .send('GET', `/members/${caller.id}/notification-preferences`);
    expect(reply.status).toBe(200);
    return reply.json<PreferencesReply>();
  };
  const save = async (caller: Caller, json: Record<string, unknown>, version: number) => {
    const reply = await service
      .as(caller)
      .send('PUT', `/members/${caller.id}/notification-preferences`, {
        json,
        headers: version > 0 ? { 'if-match': `"${version}"` } : {},
      });
    expect(reply.status).toBe(200);
    return reply.json<PreferencesReply>();
  };
  const tokyoIsIn = async (tenantId: string) =>
    (await preferences.institutions.current(tenantId)).timeZone === 'Asia/Tokyo';

  beforeAll(async () => {
    service = await startNotificationsApp(suite);
    preferences = service.app.get(PreferencesStore);
    spec = await startConsumerSpec(suite, [institutions, relationship]);
    const logger = createLogger('notifications-institution-quiet-test', 'warn');
    await spec.start(
      consumerFrom(institutionPolicies, {
        kafka: suite.kafka(),
        db: service.db,
        logger,
        dependency: preferences,
        groupId: spec.groupId('institution-policies'),
        topics: [institutions],
        retryDelayMs: 50,
        maxAttempts: 2,
      }),
    );
    await spec.start(
      consumerFrom(delivery, {
        kafka: suite.kafka(),
        db: service.db,
        logger,
        dependency: service.dispatcher,
        groupId: spec.groupId('delivery'),
        topics: [relationship],
      }),
    );
    await save(grace, { email: 'grace@student.example' }, 0);
    await save(hal, { email: 'hal@student.example', quietHours: null }, 0);
  });

  afterAll(async () => {
    await spec?.close();
    await service?.close();
    await suite.cleanup();
  });

  it('takes a new policy for those who never chose, keeps what a member chose, and stays in its tenant', async () => {
    const before = await read(grace);
    expect(before).toMatchObject({ timeZone: 'UTC', quietHours: { start: '21:00', end: '08:00' } });
    expect(before.fromInstitution).toEqual(['timeZone', 'quietHours']);

    await policy('uni-q', 2, 'Asia/Tokyo', '20:00', '23:00');
    await pollUntil(
      'the policy in notifications',
      async () => ((await tokyoIsIn('uni-q')) ? true : undefined),
      {
        timeoutMs: 45_000,
      },
    );

    expect(await read(grace)).toMatchObject({
      timeZone: 'Asia/Tokyo',
      quietHours: { start: '20:00', end: '23:00' },
      fromInstitution: ['timeZone', 'quietHours'],
    });
    // Hal's own "no quiet hours" stands; his time zone, never chosen, follows the institution.
    expect(await read(hal)).toMatchObject({
      timeZone: 'Asia/Tokyo',
      quietHours: null,
      fromInstitution: ['timeZone'],
    });
    expect(await read(bo)).toMatchObject({
      timeZone: 'UTC',
      fromInstitution: ['timeZone', 'quietHours'],
    });

    // Choosing a time zone makes it Grace's: the next policy moves only her quiet hours.
    const chosen = await save(grace, { timeZone: 'Europe/Paris' }, before.version);
    expect(chosen.fromInstitution).toEqual(['quietHours']);
    await policy('uni-q', 3, 'Asia/Tokyo', '20:30', '23:00');
    await pollUntil(
      'policy 3',
      async () => ((await read(grace)).quietHours?.start === '20:30' ? true : undefined),
      { timeoutMs: 45_000 },
    );
    expect(await read(grace)).toMatchObject({ timeZone: 'Europe/Paris' });

    // An older policy arriving late changes nothing; the marker shows it was handled.
    await policy('uni-q', 1, 'America/Chicago', '18:00', '09:00');
    await spec.passMarker(
      () => policy('uni-marker', 1, 'Asia/Tokyo', '20:00', '23:00'),
      () => tokyoIsIn('uni-marker'),
    );
    expect(await read(hal)).toMatchObject({ timeZone: 'Asia/Tokyo' });
  });

  it('holds mail in the institution’s quiet hours, unless the member chose otherwise', async () => {
    // 12:00 UTC is outside the platform's quiet hours (21:00–08:00 UTC) and 21:00 in Tokyo,
    // inside uni-q's (20:30–23:00 Tokyo).
    service.clock.now = new Date('2026-03-02T12:00:00Z');
    await save(ida, { email: 'ida@student.example' }, 0);
    const due = (memberId: string) =>
      spec.publish(
        relationship,
        'rapport.relationship.v1.KeepInTouchDue',
        {
          memberId,
          contactId: 'contact-lin',
          relationshipId: `rel-${memberId}`,
          idempotencyKey: `rel:uni-q:rel-${memberId}:keep-1`,
          dueAt: timestampFromMs(service.clock.now.getTime()),
          cycle: 1,
        },
        { tenantId: 'uni-q', occurredAt: service.clock.now },
      );
    await due('member-ida');
    await due('member-hal');
    const store = new NotificationStore(service.db);
    const settled = (memberId: string) =>
      pollUntil(
        `${memberId}'s notification`,
        async () => {
          const doc = await store.get('uni-q', `rel:uni-q:rel-${memberId}:keep-1`);
          return doc && doc.email.status !== 'pending' ? doc : undefined;
        },
        { timeoutMs: 45_000 },
      );
    const held = await settled('member-ida');
    expect(held.email.status).toBe('held');
    expect(held.email.reason).toMatch(/^quiet hours/);
    expect((await settled('member-hal')).email.status).not.toBe('held');
  });

  it('dead-letters a policy whose clock cannot be used, with the reason, and keeps the last good one', async () => {
    const { eventId } = await policy('uni-q', 4, 'Mars/Olympus_Mons', '20:00', '23:00');
    const dlq = new DeadLetterQueue(suite.kafka(), service.db);
    const entry = await pollUntil(
      'the dead letter',
      async () =>
        (await dlq.list({ group: spec.groupId('institution-policies') })).find(
          (e) => decodeEnvelope(e.letter.value).eventId === eventId,
        ),
      { timeoutMs: 45_000 },
    );
    expect(entry.letter.errorDetail).toContain('Mars/Olympus_Mons');
    expect((await preferences.institutions.current('uni-q')).quietHours?.start).toBe('20:30');
  });
});
