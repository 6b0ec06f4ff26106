import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { replayFixtures } from '@rapport/testing/replay';
import { RELATIONSHIP_BUNDLER_OPTIONS } from '../workflow-bundle';

Runtime.install({ logger: new DefaultLogger('WARN') });

// Recorded by the int specs with RAPPORT_RECORD_REPLAY=1. If this fails, the workflow code no
// longer replays what running workflows already did: guard the change with patched().
describe('relationship workflow replays its recorded histories', () => {
  it('replays every fixture of the main paths deterministically', async () => {
    const outcome = await replayFixtures(
      path.join(__dirname, 'fixtures'),
      require.resolve('../workflows/relationship-lifecycle.workflow'),
      // Bundled as the worker bundles it: the preloaded policy module must replay the same.
      { bundlerOptions: RELATIONSHIP_BUNDLER_OPTIONS },
    );
    expect(outcome.files.length).toBeGreaterThanOrEqual(3);
    expect(outcome.failures).toEqual([]);
  }, 120_000);
});
