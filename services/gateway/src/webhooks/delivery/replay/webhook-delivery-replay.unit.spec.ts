import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { replayFixtures } from '@rapport/testing/replay';

Runtime.install({ logger: new DefaultLogger('WARN') });

// Recorded by webhooks.int.spec.ts with RAPPORT_RECORD_REPLAY=1. If this fails, the workflow code
// no longer replays what running deliveries already did: guard the change with patched().
describe('webhook delivery workflow replays its recorded histories', () => {
  it('replays a delivery after retries, an exhausted one and a redelivery', async () => {
    const outcome = await replayFixtures(
      path.join(__dirname, 'fixtures'),
      require.resolve('../workflows/webhook-delivery.workflow'),
    );
    expect(outcome.files.length).toBeGreaterThanOrEqual(3);
    expect(outcome.failures).toEqual([]);
  }, 120_000);
});
