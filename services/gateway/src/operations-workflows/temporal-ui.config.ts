import { z } from 'zod';
import { ConfigError } from '@rapport/platform/http';

const uiUrl = z
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must be an http(s) URL')
  .transform((value) => value.replace(/\/+$/, ''));

const temporalUiEnv = z.object({
  RAPPORT_TEMPORAL_UI_URL: z.preprocess((v) => (v === '' ? undefined : v), uiUrl.optional()),
  // infra/start.sh starts the dev server's UI on this port (8233 unless told otherwise).
  RAPPORT_TEMPORAL_UI_PORT: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(1).max(65_535).default(8233),
  ),
});

/**
 * Where operators open a workflow: `RAPPORT_TEMPORAL_UI_URL`, else the local dev server's UI.
 * Read once at start; a malformed value stops the gateway with the variable's name.
 */
export function temporalUiBase(env: NodeJS.ProcessEnv): string {
  const parsed = temporalUiEnv.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    throw new ConfigError(
      issues.map((issue) => issue.path.join('.')),
      issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const { RAPPORT_TEMPORAL_UI_URL, RAPPORT_TEMPORAL_UI_PORT } = parsed.data;
  return RAPPORT_TEMPORAL_UI_URL ?? `http://127.0.0.1:${RAPPORT_TEMPORAL_UI_PORT}`;
}

/** The UI's page of one run (its history), in the namespace the gateway reads. */
export function runLink(base: string, namespace: string, workflowId: string, runId: string) {
  const part = encodeURIComponent;
  return `${base}/namespaces/${part(namespace)}/workflows/${part(workflowId)}/${part(runId)}/history`;
}
