import { defineQuery, defineSignal } from '@temporalio/workflow';

/** The member's digest settings as of one saved version of their preferences. */
export interface DigestSettings {
  /** The preferences' version: a signal older than what the workflow has is ignored. */
  readonly version: number;
  readonly enabled: boolean;
  /** IANA zone, e.g. Europe/London. */
  readonly timeZone: string;
  /** HH:MM on the member's clock. */
  readonly localTime: string;
}

export interface DigestView {
  readonly settings: DigestSettings;
  /** The next digest, when one is planned. */
  readonly next?: { readonly at: number; readonly localDate: string };
  readonly lastLocalDate?: string;
  /** Digests this run has fired (continue-as-new starts a run at 0). */
  readonly firedThisRun: number;
}

/** New digest settings; the workflow re-plans at once, or ends when the digest is off. */
export const preferencesChangedSignal = defineSignal<[DigestSettings]>('preferencesChanged');
export const digestQuery = defineQuery<DigestView>('digest');

/** One digest workflow per member. */
export const digestWorkflowId = (tenantId: string, memberId: string) =>
  `digest:${tenantId}:${memberId}`;
