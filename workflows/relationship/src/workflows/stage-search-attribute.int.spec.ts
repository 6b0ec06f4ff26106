import { lifecycleHarness, type LifecycleHandle } from '../testing/lifecycle-harness';
import { RAPPORT_STAGE } from '../institution-policy/tenant-search-attribute';
import { outreachSentSignal, pauseSignal, resumeSignal } from './signals';
import { pollUntil } from '@rapport/testing';

describe('relationship workflow: its stage as a search attribute (time-skipping server)', () => {
  const h = lifecycleHarness('rel-stage-attribute');

  const stageAttribute = async (handle: LifecycleHandle) =>
    (await handle.describe()).typedSearchAttributes.get(RAPPORT_STAGE);
  const stageBecomes = (handle: LifecycleHandle, stage: string) =>
    pollUntil(`RapportStage to be ${stage}`, async () =>
      (await stageAttribute(handle)) === stage ? stage : undefined,
    );

  it('publishes every stage it moves to, and only when it moves', async () => {
    const handle = await h.start('stages');
    await stageBecomes(handle, 'prepared');
    await h.send(handle, outreachSentSignal, { sourceEventId: 'sent', occurredAt: await h.now() });
    await stageBecomes(handle, 'awaiting-reply');
    await h.send(handle, pauseSignal, { sourceEventId: 'pause' });
    await stageBecomes(handle, 'paused');
    await h.send(handle, resumeSignal, { sourceEventId: 'resume' });
    await stageBecomes(handle, 'awaiting-reply');

    const history = (await handle.fetchHistory()).events ?? [];
    // Patch markers upsert TemporalChangeVersion too; only the stage's own upserts count here.
    const upserts = history.filter(
      (event) =>
        event.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields?.[
          RAPPORT_STAGE.name
        ],
    );
    // prepared, awaiting-reply, paused, awaiting-reply: none for a loop that changed nothing.
    expect(upserts).toHaveLength(4);
    await h.recordReplayFixture(handle, 'stage-search-attribute');
  });
});
