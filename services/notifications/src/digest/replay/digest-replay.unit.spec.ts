import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';

Runtime.install({ logger: new DefaultLogger('WARN') });

const fixtures = path.join(__dirname, 'fixtures');
const workflowsPath = require.resolve('../workflows/digest.workflow');

// Recorded by digest.int.spec.ts with RAPPORT_RECORD_REPLAY=1. If this fails, the workflow code
// no longer replays what running digest workflows already did: guard the change with patched().
describe('digest workflow replays its recorded histories', () => {
  const files = readdirSync(fixtures).filter((file) => file.endsWith('.json'));

  it('has fixtures of the main paths', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it('replays every fixture deterministically', async () => {
    const histories = files.map((file) => ({
      workflowId: path.basename(file, '.json'),
      history: temporal.api.history.v1.History.fromObject(
        JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as Record<string, unknown>,
      ),
    }));
    const results: { workflowId: string; error: unknown }[] = [];
    for await (const result of Worker.runReplayHistories({ workflowsPath }, histories)) {
      results.push({ workflowId: result.workflowId, error: result.error });
    }
    expect(results).toHaveLength(files.length);
    expect(results.filter((result) => result.error !== undefined)).toEqual([]);
  }, 120_000);
});
