import type { Collection, Db } from 'mongodb';
import { ExpiryIndex } from '../sweeps/expiry-index';
import { SIGN_IN_ATTEMPTS } from './expiring-collections';
import type { SignInChecks } from './relying-party';

export interface SignInAttempt extends SignInChecks {
  readonly tenantId: string;
  /** A path on the gateway's own origin to land on afterwards. */
  readonly returnTo: string;
  readonly expiresAt: Date;
}

interface AttemptDocument extends SignInAttempt {
  /** The state sent to the provider. */
  readonly _id: string;
}

/**
 * Sign-ins under way, between the redirect to the provider and its callback, by state. Taking one
 * removes it, so a callback URL works once.
 */
export class SignInAttempts {
  private readonly attempts: Collection<AttemptDocument>;
  private readonly expiries: ExpiryIndex;

  constructor(db: Db) {
    this.attempts = db.collection<AttemptDocument>(SIGN_IN_ATTEMPTS);
    this.expiries = new ExpiryIndex(db, SIGN_IN_ATTEMPTS);
  }

  async remember(attempt: SignInAttempt): Promise<void> {
    // Attempts abandoned at the provider are never taken; the sweep deletes them by this entry.
    await this.expiries.add(attempt.state, attempt.expiresAt);
    await this.attempts.insertOne({ _id: attempt.state, ...attempt });
  }

  async take(state: string, now: Date): Promise<SignInAttempt | undefined> {
    const document = await this.attempts.findOneAndDelete({ _id: state });
    if (!document || document.expiresAt <= now) return undefined;
    const { tenantId, returnTo, expiresAt, state: taken, nonce, codeVerifier } = document;
    return { tenantId, returnTo, expiresAt, state: taken, nonce, codeVerifier };
  }
}
