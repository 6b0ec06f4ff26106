import type { Collection, Db } from 'mongodb';
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

  constructor(db: Db) {
    this.attempts = db.collection<AttemptDocument>('sign_in_attempts');
  }

  async remember(attempt: SignInAttempt): Promise<void> {
    await this.attempts.insertOne({ _id: attempt.state, ...attempt });
  }

  async take(state: string, now: Date): Promise<SignInAttempt | undefined> {
    const document = await this.attempts.findOneAndDelete({ _id: state });
    if (!document || document.expiresAt <= now) return undefined;
    const { tenantId, returnTo, expiresAt, state: taken, nonce, codeVerifier } = document;
    return { tenantId, returnTo, expiresAt, state: taken, nonce, codeVerifier };
  }
}
