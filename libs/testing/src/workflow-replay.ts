import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker, type ReplayWorkerOptions } from '@temporalio/worker';

/**
 * With RAPPORT_RECORD_REPLAY=1, saves a finished run's history as `<dir>/<name>.json`: a fixture to
 * commit, which `replayFixtures` then replays in `./rapport test` so that a non-deterministic change
 * to the workflow code fails CI.
 */
export async function recordReplayFixture(
  handle: { fetchHistory(): Promise<unknown> },
  dir: string,
  name: string,
): Promise<void> {
  if (process.env['RAPPORT_RECORD_REPLAY'] !== '1') return;
  const history = await handle.fetchHistory();
  await writeFile(path.join(dir, `${name}.json`), `${JSON.stringify(history, null, 1)}\n`);
}

export interface ReplayOutcome {
  /** The fixture files replayed. */
  readonly files: readonly string[];
  /** Those that no longer replay, with the reason. */
  readonly failures: readonly { workflowId: string; error: unknown }[];
}

/**
 * Replays every recorded history in `dir` against the workflow code at `workflowsPath`, bundled
 * with the worker's own `bundlerOptions` when given (preloaded modules shared by every history).
 */
export async function replayFixtures(
  dir: string,
  workflowsPath: string,
  options: Pick<ReplayWorkerOptions, 'bundlerOptions'> = {},
): Promise<ReplayOutcome> {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  const histories = files.map((file) => ({
    workflowId: path.basename(file, '.json'),
    history: temporal.api.history.v1.History.fromObject(
      JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>,
    ),
  }));
  const failures: { workflowId: string; error: unknown }[] = [];
  let replayed = 0;
  for await (const result of Worker.runReplayHistories({ workflowsPath, ...options }, histories)) {
    replayed += 1;
    if (result.error !== undefined)
      failures.push({ workflowId: result.workflowId, error: result.error });
  }
  if (replayed !== files.length) {
    throw new Error(`replayed ${replayed} of ${files.length} histories in ${dir}`);
  }
  return { files, failures };
}
