import { EventWebhook, EventWebhookHeader } from '@sendgrid/eventwebhook';
import {
  ForbiddenProblem,
  type ProblemError,
  UnauthenticatedProblem,
} from '@rapport/platform/http';

export const SIGNATURE_HEADER = EventWebhookHeader.SIGNATURE().toLowerCase();
export const TIMESTAMP_HEADER = EventWebhookHeader.TIMESTAMP().toLowerCase();

/** A signed post older (or further ahead) than this is refused: a captured one cannot be replayed. */
export const MAX_SIGNATURE_AGE_MS = 10 * 60 * 1000;

const TIMESTAMP = /^\d{1,12}$/;
// A DER ECDSA P-256 signature is at most 72 bytes; anything much longer is not one.
const SIGNATURE = /^[A-Za-z0-9+/]{16,200}={0,2}$/;

type ProblemKind = new (detail: string, extensions?: Record<string, unknown>) => ProblemError;

const problem = (Kind: ProblemKind, header: string, detail: string) =>
  new Kind(detail, { errors: [{ pointer: `#/headers/${header}`, detail }] });

/**
 * SendGrid's Signed Event Webhook: an ECDSA (P-256, SHA-256) signature over the timestamp header
 * followed by the exact body bytes, checked with the account's verification key through
 * SendGrid's own library.
 */
export class EventWebhookSignature {
  private readonly webhook = new EventWebhook();
  private readonly key: ReturnType<EventWebhook['convertPublicKeyToECDSA']>;

  /** `publicKey`: base64 DER (SPKI), as SendGrid shows it; an unusable key fails at start-up. */
  constructor(publicKey: string) {
    this.key = this.webhook.convertPublicKeyToECDSA(publicKey);
  }

  /** Throws a 401/403 problem unless the post is signed with the key and recent. */
  assertSigned(
    rawBody: Buffer,
    signature: string | undefined,
    timestamp: string | undefined,
    now: Date,
  ): void {
    if (!signature) {
      throw problem(UnauthenticatedProblem, SIGNATURE_HEADER, 'The event post is not signed.');
    }
    if (!timestamp) {
      throw problem(UnauthenticatedProblem, TIMESTAMP_HEADER, 'The signature has no timestamp.');
    }
    if (!TIMESTAMP.test(timestamp)) {
      throw problem(ForbiddenProblem, TIMESTAMP_HEADER, 'The timestamp is not in Unix seconds.');
    }
    if (Math.abs(now.getTime() - Number(timestamp) * 1000) > MAX_SIGNATURE_AGE_MS) {
      throw problem(
        ForbiddenProblem,
        TIMESTAMP_HEADER,
        'The signature is too old (or dated ahead); only posts signed in the last ten minutes are accepted.',
      );
    }
    if (!SIGNATURE.test(signature) || !this.verifies(rawBody, signature, timestamp)) {
      throw problem(ForbiddenProblem, SIGNATURE_HEADER, 'The signature does not match the body.');
    }
  }

  private verifies(rawBody: Buffer, signature: string, timestamp: string): boolean {
    try {
      return this.webhook.verifySignature(this.key, rawBody, signature, timestamp);
    } catch {
      // A signature that does not even decode as DER.
      return false;
    }
  }
}
