import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { ExpiryIndex } from '../sweeps/expiry-index';
import { BROWSER_SESSIONS } from './expiring-collections';
import type { PersonRole } from './identity-providers';

export interface BrowserSession {
  readonly tenantId: string;
  readonly personId: string;
  readonly role: PersonRole;
  /** Synchronizer token: state-changing requests on this session must echo it in X-CSRF-Token. */
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

interface SessionDocument extends BrowserSession {
  /** sha256 of the cookie's token: a copy of the database holds no usable session. */
  readonly _id: string;
  readonly createdAt: Date;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Signed-in browsers, one document per session, read and removed by `_id` only; expired ones are
 * deleted by the gateway's sweep (sweeps/sign-in-sweep.ts) from their expiry index.
 */
export class BrowserSessions {
  private readonly sessions: Collection<SessionDocument>;
  private readonly expiries: ExpiryIndex;

  constructor(db: Db) {
    this.sessions = db.collection<SessionDocument>(BROWSER_SESSIONS);
    this.expiries = new ExpiryIndex(db, BROWSER_SESSIONS);
  }

  /** Starts a session and returns the token for the cookie (256 random bits). */
  async start(
    session: Omit<BrowserSession, 'csrfToken' | 'expiresAt'>,
    now: Date,
    ttlSeconds: number,
  ): Promise<{ token: string; session: BrowserSession }> {
    const token = randomBytes(32).toString('base64url');
    const document: SessionDocument = {
      _id: tokenHash(token),
      ...session,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
    };
    // Indexed first: a crash in between leaves an entry to nothing, never a session no sweep finds.
    await this.expiries.add(document._id, document.expiresAt);
    await this.sessions.insertOne(document);
    return { token, session: document };
  }

  /** The live session of a cookie token, or undefined (unknown or expired). */
  async find(token: string, now: Date): Promise<BrowserSession | undefined> {
    const document = await this.sessions.findOne({ _id: tokenHash(token) });
    if (!document || document.expiresAt <= now) return undefined;
    const { tenantId, personId, role, csrfToken, expiresAt } = document;
    return { tenantId, personId, role, csrfToken, expiresAt };
  }

  async end(token: string): Promise<void> {
    await this.sessions.deleteOne({ _id: tokenHash(token) });
  }
}

/** Constant-time comparison of the CSRF header against the session's token. */
export function csrfTokenMatches(session: BrowserSession, header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
