import { randomBytes } from 'node:crypto';
import { Client } from '@sendgrid/client';
import { type ClientResponse, MailService, type ResponseError } from '@sendgrid/mail';
import type { CapturedMessage } from './message-store';
import type { SendGridError } from './sendgrid-errors';

// The real SendGrid clients pointed at a capture server, for this project's int tests.

/** A fresh API key in SendGrid's format, so parallel tests each see only their own mail. */
export function testApiKey(): string {
  return `SG.test-${randomBytes(8).toString('hex')}`;
}

/** @sendgrid/client with its base URL on the capture server (after setApiKey, which resets it). */
export function sendGridClient(baseUrl: string, apiKey?: string): Client {
  const client = new Client();
  if (apiKey !== undefined) client.setApiKey(apiKey);
  client.setDefaultRequest('baseUrl', baseUrl);
  return client;
}

/** @sendgrid/mail as an application uses it, through a client on the capture server. */
export function mailService(baseUrl: string, apiKey: string): MailService {
  const mail = new MailService();
  mail.setClient(sendGridClient(baseUrl, apiKey));
  return mail;
}

export interface Refusal {
  code: number;
  headers: Record<string, string>;
  errors: SendGridError[];
}

/** The error response of a call that must fail; fails the test when the call succeeds. */
export async function refusal(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call;
  } catch (error) {
    const failure = error as ResponseError;
    if (typeof failure.code !== 'number' || !failure.response) throw error;
    const body = failure.response.body as unknown as { errors: SendGridError[] };
    return { code: failure.code, headers: failure.response.headers, errors: body.errors };
  }
  throw new Error('expected the call to be refused, and it succeeded');
}

/** GET /api/messages (with the key: only that key's messages). */
export async function listMessages(
  baseUrl: string,
  apiKey: string | undefined,
  query: Record<string, string> = {},
): Promise<CapturedMessage[]> {
  const url = new URL('/api/messages', baseUrl);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const response = await fetch(url, {
    headers: apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` },
  });
  if (response.status !== 200) throw new Error(`list answered ${response.status}`);
  return ((await response.json()) as { messages: CapturedMessage[] }).messages;
}

/** The X-Message-Id header of an accepted send. */
export function messageIdOf(response: ClientResponse): string {
  const headers = response.headers as Record<string, unknown>;
  const id = headers['x-message-id'];
  if (typeof id !== 'string') throw new Error('no X-Message-Id header in the response');
  return id;
}
