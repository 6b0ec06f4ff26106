import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type EventTypeName, decodePayload, type EventOf } from '@rapport/contracts';
import { EventStore } from '@rapport/eventstore';

// How SendGrid calls the webhooks, for the int specs of this folder.

/** A verification key pair like the one SendGrid keeps for a signed Event Webhook (P-256). */
export function sendGridSigningKeys(): { publicKey: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey,
  };
}

/** SendGrid's signature: ECDSA SHA-256 over the timestamp then the body, DER, base64. */
export function signEventPost(privateKey: KeyObject, timestamp: string, body: string): string {
  return createSign('sha256').update(timestamp).update(body).sign(privateKey).toString('base64');
}

export const unixSeconds = (date: Date) => String(Math.floor(date.getTime() / 1000));

/** A multipart/form-data body as SendGrid's Inbound Parse posts it (fields only). */
export function multipartForm(fields: Record<string, string>): {
  body: Buffer;
  contentType: string;
} {
  const boundary = `xYzZY${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8'),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** The integration events of one type the service put in its outbox, decoded. */
export async function outboxMessages<T extends EventTypeName>(
  app: NestFastifyApplication,
  type: T,
): Promise<Array<{ tenantId: string; streamId: string; eventId: string; event: EventOf<T> }>> {
  const store = app.get(EventStore);
  const entries = await store.outbox.find({ 'messages.type': type }).toArray();
  return entries.flatMap((entry) =>
    entry.messages
      .filter((message) => message.type === type)
      .map((message) => ({
        tenantId: entry.tenantId,
        streamId: entry.streamId,
        eventId: message.eventId,
        event: decodePayload(type, message.payload.buffer),
      })),
  );
}
