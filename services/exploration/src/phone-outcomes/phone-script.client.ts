import { signInternalToken, type RequestContext } from '@rapport/platform/http';

/** Where outreach's composer answers, and the key that signs a call to it; both optional. */
export interface OutreachComposerSettings {
  readonly outreachUrl: string;
  readonly privateKeyPem?: string;
}

export const OUTREACH_COMPOSER = Symbol('OUTREACH_COMPOSER');

export type PhoneScriptAnswer =
  | { readonly kind: 'script'; readonly body: string; readonly missingFields: readonly string[] }
  | { readonly kind: 'refused'; readonly status: number; readonly detail: string }
  | { readonly kind: 'unavailable'; readonly detail: string };

/**
 * The short phone script outreach's composer writes for this contact (outreach owns the wording
 * and the member's profile; nothing of it is copied here). Asked on the member's behalf: the
 * token names the same tenant, member and correlation id as the request it serves, for outreach
 * only, for a minute.
 */
export async function fetchPhoneScript(
  settings: OutreachComposerSettings,
  ctx: RequestContext,
  memberId: string,
  contactId: string,
): Promise<PhoneScriptAnswer> {
  if (!settings.privateKeyPem) {
    return { kind: 'unavailable', detail: 'no key to call outreach’s composer is configured' };
  }
  const token = await signInternalToken(
    settings.privateKeyPem,
    {
      tenantId: ctx.tenantId,
      actorId: ctx.actor.id,
      role: ctx.actor.role,
      correlationId: ctx.correlationId,
    },
    { audience: 'outreach' },
  );
  const path = `/members/${encodeURIComponent(memberId)}/outreach/${encodeURIComponent(contactId)}/compose`;
  let reply: Response;
  try {
    reply = await fetch(`${settings.outreachUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'phone-script' }),
      signal: AbortSignal.timeout(5_000),
    });
  } catch (error) {
    return { kind: 'unavailable', detail: `outreach’s composer did not answer: ${String(error)}` };
  }
  const answer = (await reply.json().catch(() => ({}))) as Record<string, unknown>;
  if (reply.status >= 500) {
    return { kind: 'unavailable', detail: `outreach’s composer answered ${reply.status}` };
  }
  if (!reply.ok) {
    const detail = typeof answer['detail'] === 'string' ? answer['detail'] : `${reply.status}`;
    return { kind: 'refused', status: reply.status, detail };
  }
  const body = answer['body'];
  const missing = answer['missingFields'];
  if (typeof body !== 'string') {
    return { kind: 'unavailable', detail: 'outreach’s composer answered without a script' };
  }
  const missingFields = Array.isArray(missing) ? missing.filter((f) => typeof f === 'string') : [];
  return { kind: 'script', body, missingFields };
}
