import { randomBytes } from 'node:crypto';

/** A Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes (the spec asks 24–64). */
export const newSigningSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

export { SecretBox } from '../secrets/secret-box';
