import { Client } from '@sendgrid/client';
import sendgrid from '@sendgrid/mail';
import type { MailDataRequired } from '@sendgrid/helpers/classes/mail';

type MailService = typeof sendgrid;
// The package exports one shared instance; each mailer gets its own, with its own client and key.
const MailServiceClass = sendgrid.constructor as new () => MailService;

export interface MailerOptions {
  readonly apiKey: string;
  /** The API's base URL; locally the capture server. */
  readonly baseUrl: string;
  /** Tries per message, the first included. */
  readonly attempts?: number;
  /** First back-off delay when the provider names none; doubles each try. */
  readonly baseDelayMs?: number;
  /** Longest wait honoured from a Retry-After header. */
  readonly maxDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export type SendOutcome =
  | { readonly ok: true; readonly providerMessageId: string | undefined; readonly attempts: number }
  | {
      readonly ok: false;
      readonly permanent: boolean;
      readonly reason: string;
      readonly attempts: number;
    };

interface ProviderError {
  code?: number;
  message?: string;
  response?: { headers?: Record<string, string>; body?: unknown };
}

/** The provider's own words for a refusal: SendGrid's `errors[].message` and field. */
function describe(error: ProviderError): string {
  const body = error.response?.body as {
    errors?: Array<{ message?: string; field?: string | null }>;
  };
  const details = (body?.errors ?? [])
    .map((e) => (e.field ? `${e.field}: ${e.message ?? ''}` : (e.message ?? '')))
    .filter((line) => line !== '');
  const status = error.code ? `HTTP ${error.code}` : 'no answer';
  return details.length > 0
    ? `${status}: ${details.join('; ')}`
    : `${status}: ${error.message ?? 'failed'}`;
}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Sends through SendGrid's v3 API with the official client. Throttling (429) and server errors
 * (5xx) or a lost connection are tried again with back-off, waiting as long as Retry-After asks;
 * any other refusal is permanent and answered as such, never thrown.
 */
export class Mailer {
  private readonly service: MailService;
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: MailerOptions) {
    const client = new Client();
    client.setApiKey(options.apiKey);
    client.setDefaultRequest('baseUrl', options.baseUrl);
    this.service = new MailServiceClass();
    this.service.setClient(client);
    this.service.setTimeout(15_000);
    this.attempts = options.attempts ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async send(message: MailDataRequired): Promise<SendOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const [response] = await this.service.send(message);
        const headers = response.headers as Record<string, string | string[] | undefined>;
        const header = headers['x-message-id'];
        const providerMessageId = Array.isArray(header) ? header[0] : header;
        return { ok: true, providerMessageId, attempts: attempt };
      } catch (raw) {
        const error = raw as ProviderError;
        const status = error.code;
        const transient = status === undefined || status === 429 || status >= 500;
        if (!transient)
          return { ok: false, permanent: true, reason: describe(error), attempts: attempt };
        if (attempt >= this.attempts) {
          return {
            ok: false,
            permanent: false,
            reason: `gave up after ${attempt} tries; last: ${describe(error)}`,
            attempts: attempt,
          };
        }
        const asked = retryAfterMs(error.response?.headers?.['retry-after']);
        const backoff = this.baseDelayMs * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4);
        await this.sleep(Math.min(asked ?? backoff, this.maxDelayMs));
      }
    }
  }
}
