import { z } from 'zod';

const problemSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  status: z.number().optional(),
  // The platform's validation problems: one entry per invalid part, "/email" for a body field.
  errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
});

/** An RFC 9457 problem the gateway or a service answered, kept whole so the page can say it. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    /** What was wrong with each body field, by its name, for forms to show beside the field. */
    readonly fieldErrors: Readonly<Record<string, string>> = {},
    /** Every invalid part by its whole pointer ("/policy/guidance/maxWords"), for nested forms. */
    readonly errors: readonly { readonly pointer: string; readonly detail: string }[] = [],
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

/** "/email" → "email"; pointers into other parts of the request ("#/query/q") name no field. */
function fieldErrorsOf(errors: readonly { pointer: string; detail: string }[]) {
  const fields: Record<string, string> = {};
  for (const { pointer, detail } of errors) {
    const field = /^\/([^/]+)/.exec(pointer)?.[1];
    if (field && !(field in fields)) fields[field] = detail;
  }
  return fields;
}

export async function problemOf(reply: Response): Promise<ProblemError> {
  const body: unknown = await reply.json().catch(() => undefined);
  const parsed = problemSchema.safeParse(body);
  const problem = parsed.success ? parsed.data : {};
  return new ProblemError(
    reply.status,
    problem.title ?? reply.statusText,
    problem.detail,
    fieldErrorsOf(problem.errors ?? []),
    problem.errors ?? [],
  );
}

/** What the person can do about a failure, in words, by its kind. */
export function adviceFor(error: unknown): string {
  if (!(error instanceof ProblemError)) {
    return 'The console could not reach Rapport. Check your connection and try again.';
  }
  if (error.status === 401) return 'Your session has ended. Sign in again.';
  if (error.status === 403 || error.status === 404) {
    return 'This is not yours to see. If you think it should be, ask your institution’s admin.';
  }
  if (error.status === 429)
    return 'Too many requests in a short time. Wait a minute and try again.';
  if (error.status >= 500) return 'A Rapport service is not answering. Try again in a few minutes.';
  return 'Try again; if it keeps failing, tell your institution’s admin what you were doing.';
}
