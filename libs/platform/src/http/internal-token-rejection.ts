import { errors } from 'jose';
import {
  INTERNAL_TOKEN_ALGORITHM,
  INTERNAL_TOKEN_ISSUER,
  INTERNAL_TOKEN_TYPE,
  MAX_INTERNAL_TOKEN_LIFETIME_SECONDS,
} from './internal-token.constants';

/** What the caller is told when jose rejects a token; rethrows what is not about the token. */
export function rejectionDetail(error: unknown, audience: string): string {
  if (error instanceof errors.JWTExpired) {
    const { exp } = error.payload;
    return error.claim === 'exp' && typeof exp === 'number'
      ? `The internal token expired at ${new Date(exp * 1000).toISOString()}`
      : `The internal token was issued more than ${MAX_INTERNAL_TOKEN_LIFETIME_SECONDS} s ago`;
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const { claim, reason, payload } = error;
    if (reason === 'missing') return `The internal token lacks the claim ${claim}`;
    if (claim === 'aud') {
      return `The internal token is for audience ${JSON.stringify(payload.aud)}, not "${audience}"`;
    }
    if (claim === 'iss') {
      return `The internal token was issued by ${JSON.stringify(payload.iss)}, not "${INTERNAL_TOKEN_ISSUER}"`;
    }
    if (claim === 'typ')
      return `The token is not an internal token (typ must be ${INTERNAL_TOKEN_TYPE})`;
    if (claim === 'iat' || claim === 'nbf') return 'The internal token is not valid yet';
    return `The internal token has an invalid ${claim} claim`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return "The internal token's signature does not verify with this service's key";
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return `The internal token must be signed with ${INTERNAL_TOKEN_ALGORITHM}`;
  }
  if (error instanceof errors.JOSEError) return `The internal token is malformed (${error.code})`;
  throw error;
}
