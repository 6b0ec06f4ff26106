import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import type { Logger } from '@rapport/platform';
import type { StoredPreferences } from '../preferences/preferences.store';
import {
  type DigestSettings,
  digestWorkflowId,
  memberDigest,
  preferencesChangedSignal,
} from './workflows/digest.workflow';

/** Where digest workflows run: the service's Temporal client and its task queue. */
export interface DigestTemporal {
  readonly client: Client;
  readonly taskQueue: string;
}

export type ReconcileResult = 'scheduled' | 'stopped' | 'not-running' | 'no-temporal' | 'failed';

const settingsOf = ({ preferences, version }: StoredPreferences): DigestSettings => ({
  version,
  enabled: preferences.digest.enabled,
  timeZone: preferences.timeZone,
  localTime: preferences.digest.localTime,
});

/**
 * Keeps each member's digest workflow in line with their saved preferences. Temporal is optional
 * so that suites testing no digests need no Temporal server: without it scheduling is logged and
 * skipped (main.ts always provides it).
 */
export class DigestScheduler {
  constructor(
    private readonly temporal: DigestTemporal | undefined,
    private readonly logger: Logger,
  ) {}

  /**
   * Wanted: start the member's workflow, or hand the running one the new settings (one
   * signalWithStart does either). Not wanted: tell the running one, which then ends. The saved
   * preferences stay saved when Temporal is unreachable; the next save reconciles again.
   */
  async reconcile(
    tenantId: string,
    memberId: string,
    stored: StoredPreferences,
  ): Promise<ReconcileResult> {
    const workflowId = digestWorkflowId(tenantId, memberId);
    if (!this.temporal) {
      this.logger.warn({ workflowId }, 'no Temporal client: the digest is not scheduled');
      return 'no-temporal';
    }
    const { client, taskQueue } = this.temporal;
    const settings = settingsOf(stored);
    try {
      if (settings.enabled) {
        await client.workflow.signalWithStart(memberDigest, {
          workflowId,
          taskQueue,
          args: [{ tenantId, memberId, settings }],
          signal: preferencesChangedSignal,
          signalArgs: [settings],
        });
        return 'scheduled';
      }
      await client.workflow.getHandle(workflowId).signal(preferencesChangedSignal, settings);
      return 'stopped';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return 'not-running';
      this.logger.error({ err: error, workflowId }, 'could not reconcile the digest workflow');
      return 'failed';
    }
  }
}
