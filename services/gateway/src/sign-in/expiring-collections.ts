/**
 * The sign-in collections whose documents expire, each with an expiry index by day
 * (sweeps/expiry-index.ts) that the gateway's sweep deletes them by.
 */
export const BROWSER_SESSIONS = 'browser_sessions';
export const SIGN_IN_ATTEMPTS = 'sign_in_attempts';
