export const INTERNAL_TOKEN_ISSUER = 'rapport-gateway';
export const INTERNAL_TOKEN_ALGORITHM = 'ES256';
// A distinct `typ` keeps any other JWT signed with the same key from passing as an internal one.
export const INTERNAL_TOKEN_TYPE = 'rapport-internal+jwt';
export const MAX_INTERNAL_TOKEN_LIFETIME_SECONDS = 300;
export const CLOCK_TOLERANCE_SECONDS = 5;
