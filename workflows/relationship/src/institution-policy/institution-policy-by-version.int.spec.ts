import { decodeEnvelope } from '@rapport/contracts';
import { consumerFrom, DeadLetterQueue } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { DAY_MS } from '@rapport/platform/zoned-time';
import { type ConsumerSpec, pollUntil, startConsumerSpec } from '@rapport/testing';
import { policyChanged, type PolicyFields } from '../testing/institution-policy-events';
import {
  type LifecycleHandle,
  lifecycleHarness,
  noonAtOrBefore,
} from '../testing/lifecycle-harness';
import { institutionPolicyChangedSignal, outreachSentSignal } from '../workflows/signals';
import type { RelationshipView } from '../workflows/state';
import { InstitutionPolicies, institutionPolicyConsumer } from './institution-policy.consumer';

const readVersions = (view: RelationshipView) =>
  view.history.filter((entry) => entry.what === 'institutionPolicy').map((entry) => entry.note);

describe('institution policy by version (time-skipping server, real Kafka and FerretDB)', () => {
  const h = lifecycleHarness('rel-institution-policy');
  const topic = h.suite.topic('institutions');
  let spec: ConsumerSpec;
  let policies: InstitutionPolicies;
  let groupId: string;

  const versionOf = async (tenantId: string) => (await policies.current(tenantId))?.version ?? 0;
  const publish = (tenantId: string, version: number, changes: Partial<PolicyFields>) =>
    spec.publish(
      topic,
      'rapport.institutions.v1.PolicyChanged',
      policyChanged(tenantId, version, changes),
      { tenantId },
    );
  const publishAndWait = async (
    tenantId: string,
    version: number,
    changes: Partial<PolicyFields>,
  ) => {
    await publish(tenantId, version, changes);
    await pollUntil(`version ${version} of ${tenantId} kept`, async () =>
      (await versionOf(tenantId)) >= version ? true : undefined,
    );
  };
  const sendOutreach = async (handle: LifecycleHandle, anchor: number) => {
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent-1', occurredAt: anchor });
    return h.viewWhen(handle, (v) => v.nextDue?.kind === 'follow-up');
  };

  beforeAll(async () => {
    spec = await startConsumerSpec(h.suite, [topic]);
    const db = await h.suite.db();
    // The worker's own read model and activity, on the suite's database.
    policies = new InstitutionPolicies(db, h.client());
    h.useInstitutionPolicies((tenantId) => policies.current(tenantId));
    groupId = spec.groupId('institution-policies');
    await spec.start(
      consumerFrom(institutionPolicyConsumer, {
        kafka: h.suite.kafka(),
        db,
        logger: createLogger('institution-policy-test', 'warn'),
        dependency: policies,
        groupId,
        topics: [topic],
        retryDelayMs: 50,
      }),
    );
  });

  afterAll(async () => {
    await spec?.close();
    await h.suite.cleanup();
  });

  it('keeps the highest version per tenant: an older one arriving later changes nothing', async () => {
    await publishAndWait('uni-order', 3, { followUpIntervalDays: 10 });
    await publish('uni-order', 2, { followUpIntervalDays: 20 });
    // Same partition, in order: once the marker is kept, version 2 has been handled.
    await spec.passMarker(
      () => publish('uni-marker', 1, {}),
      async () => (await versionOf('uni-marker')) === 1,
    );
    expect(await policies.current('uni-order')).toMatchObject({
      version: 3,
      policy: { followUpIntervalDays: 10 },
    });
  });

  it('parks a policy no relationship can run on in the dead-letter topic', async () => {
    const { eventId } = await publish('uni-broken', 1, { followUpIntervalDays: 0 });
    const dlq = new DeadLetterQueue(h.suite.kafka(), await h.suite.db());
    const letter = await pollUntil('the dead letter', async () => {
      const letters = await dlq.list({ group: groupId });
      return letters.find((l) => decodeEnvelope(l.letter.value).eventId === eventId);
    });
    expect(letter.letter.errorDetail).toContain('followUpIntervalDays');
    expect(await policies.current('uni-broken')).toBeNull();
  });

  it('a quiet change reaches a running relationship when its timer fires; its own override still wins', async () => {
    await publishAndWait('uni-quiet', 1, { followUpIntervalDays: 14 });
    const anchor = noonAtOrBefore(await h.now());
    const quiet = await h.start('quiet', undefined, 'uni-quiet');
    const own = await h.start('own', { followUpIntervalDays: 10 }, 'uni-quiet');
    const before = await sendOutreach(quiet, anchor);
    expect(readVersions(before)).toEqual(['version 1']);
    expect(before.nextDue?.at).toBe(anchor + 14 * DAY_MS);
    expect((await sendOutreach(own, anchor)).nextDue?.at).toBe(anchor + 10 * DAY_MS);

    await publishAndWait('uni-quiet', 2, { followUpIntervalDays: 21 });
    // Nothing pushed it: the running workflow still plans with version 1.
    expect((await h.view(quiet)).policy.followUpIntervalDays).toBe(14);

    await h.skip(14 * DAY_MS + 60_000);
    const moved = await h.viewWhen(quiet, (v) => v.policy.followUpIntervalDays === 21);
    expect(readVersions(moved)).toEqual(['version 1', 'version 2']);
    expect(moved.nextDue?.at).toBe(anchor + 21 * DAY_MS);
    expect(h.calls('raiseFollowUpDue', 'quiet')).toHaveLength(0);
    const [ownFollowUp] = await h.callsReach('raiseFollowUpDue', 'own', 1);
    expect(ownFollowUp?.dueAt).toBe(anchor + 10 * DAY_MS);
    const ownView = await h.viewWhen(own, (v) => readVersions(v).length === 2);
    expect(ownView.policy.followUpIntervalDays).toBe(10);
    expect(ownView.nextDue?.at).toBe(anchor + 20 * DAY_MS);

    await h.skip(7 * DAY_MS);
    const [followUp] = await h.callsReach('raiseFollowUpDue', 'quiet', 1);
    expect(followUp?.dueAt).toBe(anchor + 21 * DAY_MS);
    await h.recordReplayFixture(quiet, 'institution-policy-at-next-firing');
  });

  it('a signal announcing a newer version wakes the workflow at once; a seen version is ignored', async () => {
    await publishAndWait('uni-signal', 1, { followUpIntervalDays: 14 });
    const anchor = noonAtOrBefore(await h.now());
    const handle = await h.start('signalled', undefined, 'uni-signal');
    await sendOutreach(handle, anchor);

    const repeated = await h.send(handle, institutionPolicyChangedSignal, { version: 1 });
    expect(repeated.counts.duplicatesIgnored).toBe(1);
    expect(readVersions(repeated)).toEqual(['version 1']);

    await publishAndWait('uni-signal', 2, { followUpIntervalDays: 7 });
    const pushed = await h.send(handle, institutionPolicyChangedSignal, { version: 2 });
    expect(readVersions(pushed)).toEqual(['version 1', 'version 2']);
    expect(pushed.nextDue?.at).toBe(anchor + 7 * DAY_MS);
    // Delivered twice (the batch may retry): the second is only a duplicate.
    const again = await h.send(handle, institutionPolicyChangedSignal, { version: 2 });
    expect(again.counts.duplicatesIgnored).toBe(2);
    expect(readVersions(again)).toEqual(['version 1', 'version 2']);
  });
});
