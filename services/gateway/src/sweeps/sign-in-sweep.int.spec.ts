import { isolateSuite } from '@rapport/testing';
import type { Db } from 'mongodb';
import { BrowserSessions } from '../sign-in/browser-sessions';
import { SignInAttempts } from '../sign-in/sign-in-attempts';
import { SignInSweep } from './sign-in-sweep';

/**
 * Expired sessions and sign-in attempts deleted by key from their expiry index, against the real
 * database, with the clock passed in: nothing before the expiry day is over, everything of that
 * day after it, live ones kept, and one sweeper per window.
 */
describe('the sign-in sweep', () => {
  const suite = isolateSuite('gateway-sweeps');
  let db: Db;
  let now = new Date('2031-03-10T12:00:00Z');
  const clock = () => now;
  const count = (collection: string) => db.collection(collection).countDocuments();
  const WINDOW_MS = 15 * 60 * 1000;

  beforeAll(async () => {
    db = await suite.db();
  });
  afterAll(async () => {
    await suite.cleanup();
  });

  it('deletes what expired on a day once the day is over, and keeps what lives on', async () => {
    const sessions = new BrowserSessions(db);
    const attempts = new SignInAttempts(db);
    const person = { tenantId: 'uni-sweep', personId: 'ada', role: 'member' as const };
    // Started together: the index numbers its entries by insert, so none may be lost.
    const started = await Promise.all(
      Array.from({ length: 20 }, () => sessions.start(person, now, 3600)),
    );
    const lasting = await sessions.start(person, now, 3 * 24 * 3600);
    const inOneHour = new Date(now.getTime() + 600_000);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        attempts.remember({
          tenantId: 'uni-sweep',
          returnTo: '/',
          expiresAt: inOneHour,
          state: `state-${i}`,
          nonce: 'n',
          codeVerifier: 'v',
        }),
      ),
    );
    // Taken at the callback: its index entry stays and the sweep finds nothing to delete.
    expect(await attempts.take('state-0', now)).toBeDefined();
    const sweep = new SignInSweep(db, clock);

    now = new Date('2031-03-10T23:59:00Z');
    expect(await sessions.find(started[0]?.token ?? '', now)).toBeUndefined();
    expect(await sweep.sweep()).toMatchObject({
      removed: { browser_sessions: 0, sign_in_attempts: 0 },
    });
    expect(await count('browser_sessions')).toBe(21);

    now = new Date('2031-03-11T00:20:00Z');
    const report = await sweep.sweep();
    expect(report.removed).toEqual({ browser_sessions: 20, sign_in_attempts: 4 });
    expect(report.days?.through).toBe('2031-03-10');
    expect(await count('browser_sessions')).toBe(1);
    expect(await count('sign_in_attempts')).toBe(0);
    expect(await sessions.find(lasting.token, now)).toMatchObject({ personId: 'ada' });
    // Only the lasting session's entry, its sequence's hint and its day's marker are left.
    expect(await count('expiry_index')).toBe(3);

    // Idempotent: a second run finds the day done.
    expect((await sweep.sweep()).removed).toEqual({ browser_sessions: 0, sign_in_attempts: 0 });

    now = new Date('2031-03-14T00:20:00Z');
    expect((await sweep.sweep()).removed).toEqual({ browser_sessions: 1, sign_in_attempts: 0 });
    expect(await count('browser_sessions')).toBe(0);
    expect(await count('expiry_index')).toBe(0);
  });

  it('lets one instance sweep per window', async () => {
    const instances = [new SignInSweep(db, clock), new SignInSweep(db, clock)];
    now = new Date('2031-03-15T08:01:00Z');
    const first = await Promise.all(instances.map((sweep) => sweep.sweepInWindow(WINDOW_MS)));
    expect(first.map((report) => report.ran).sort()).toEqual([false, true]);
    now = new Date('2031-03-15T08:14:59Z');
    const sameWindow = await Promise.all(instances.map((sweep) => sweep.sweepInWindow(WINDOW_MS)));
    expect(sameWindow.every((report) => !report.ran)).toBe(true);
    now = new Date('2031-03-15T08:15:00Z');
    const next = await Promise.all(instances.map((sweep) => sweep.sweepInWindow(WINDOW_MS)));
    expect(next.filter((report) => report.ran)).toHaveLength(1);
    // The previous window's lease was removed by the winner of the next: leases do not pile up.
    expect(await count('sweep_runs')).toBe(3);
  });
});
