import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { baseServiceEnv, ConfigError, loadConfig, servicePort } from '@rapport/platform/http';

export const GATEWAY_SERVICE = 'gateway';

const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

const pemPrivateKey = z
  .string()
  .transform((value) => value.replace(/\\n/g, '\n').trim())
  .pipe(
    z
      .string()
      .regex(
        /^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----$/,
        'must be a PEM "PRIVATE KEY" (PKCS#8, P-256)',
      ),
  );

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must be an http(s) URL')
  .transform((value) => value.replace(/\/+$/, ''));

/** `<requests>/<seconds>`: a bucket's quota and the window it refills over. */
const ratePolicy = (fallback: string) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .default(fallback)
      .pipe(
        z
          .string()
          .regex(/^[1-9]\d{0,6}\/[1-9]\d{0,5}$/, 'must be <requests>/<seconds>, e.g. 600/60'),
      )
      .transform((value) => {
        const [quota = 0, windowSeconds = 0] = value.split('/').map(Number);
        return { quota, windowSeconds };
      }),
  );

const gatewayEnv = baseServiceEnv.extend({
  PORT: servicePort(4100),
  RAPPORT_GATEWAY_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('rapport_gateway'),
  /** The gateway signs the internal tokens every service verifies with the matching public key. */
  RAPPORT_INTERNAL_JWT_PRIVATE_KEY: pemPrivateKey,
  /** Where browsers and partners reach the gateway; the default is the local port. */
  RAPPORT_GATEWAY_PUBLIC_URL: z.preprocess(unsetIfEmpty, httpUrl.optional()),
  RAPPORT_GATEWAY_SESSION_TTL_SECONDS: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 24 * 3600)
      .default(8 * 3600),
  ),
  /** Default quotas when an institution's plan names none. */
  RAPPORT_GATEWAY_RATE_LIMIT_PERSON: ratePolicy('600/60'),
  RAPPORT_GATEWAY_RATE_LIMIT_PARTNER: ratePolicy('1200/60'),
  /**
   * How many gateway instances share the rate buckets, at most: each leases slots in blocks
   * sized so that all of them together hold back under a tenth of a quota. Same on every instance.
   */
  RAPPORT_GATEWAY_INSTANCES: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(1).max(1000).default(4),
  ),
  /**
   * AES-256-GCM key (base64 of 32 bytes) sealing institutions' OpenID client secrets at rest.
   * Required in production; outside it a fixed development key is used.
   */
  RAPPORT_GATEWAY_SECRETS_KEY: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine((key) => Buffer.from(key, 'base64').length === 32, 'must be base64 of 32 bytes')
      .optional(),
  ),
  /** The local OpenID provider under /oidc: on by default outside production, refused in it. */
  RAPPORT_GATEWAY_LOCAL_IDP: z.preprocess(unsetIfEmpty, z.enum(['on', 'off']).optional()),
});

type GatewayEnv = z.output<typeof gatewayEnv>;

export interface GatewayConfig extends GatewayEnv {
  readonly publicUrl: string;
  readonly localIdp: boolean;
  readonly production: boolean;
  /** The key of RAPPORT_GATEWAY_SECRETS_KEY, or the development one outside production. */
  readonly secretsKey: Buffer;
}

// Only where the database holds nothing of value; production must bring its own (refused otherwise).
const DEVELOPMENT_SECRETS_KEY = createHash('sha256').update('rapport development gateway secrets');

/**
 * The gateway's configuration. Outside production the private key may come from a file named by
 * RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE (as `./rapport up` hands it), and the public key is derived
 * from the private one when not given, so the two cannot disagree.
 */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const resolved = withPrivateKeyFromFile(env);
  const derived = derivedPublicKey(resolved);
  const config = loadConfig(
    gatewayEnv,
    derived ? { ...resolved, RAPPORT_INTERNAL_JWT_PUBLIC_KEY: derived } : resolved,
  );
  const production = config.NODE_ENV === 'production';
  if (production && config.RAPPORT_GATEWAY_LOCAL_IDP === 'on') {
    throw new ConfigError(
      ['RAPPORT_GATEWAY_LOCAL_IDP'],
      [
        'RAPPORT_GATEWAY_LOCAL_IDP: the local development identity provider is refused in production',
      ],
    );
  }
  if (production && config.RAPPORT_GATEWAY_SECRETS_KEY === undefined) {
    throw new ConfigError(
      ['RAPPORT_GATEWAY_SECRETS_KEY'],
      ['RAPPORT_GATEWAY_SECRETS_KEY: required in production (base64 of 32 random bytes)'],
    );
  }
  if (production && !config.RAPPORT_GATEWAY_PUBLIC_URL?.startsWith('https://')) {
    throw new ConfigError(
      ['RAPPORT_GATEWAY_PUBLIC_URL'],
      ['RAPPORT_GATEWAY_PUBLIC_URL: production needs the https URL browsers use'],
    );
  }
  return {
    ...config,
    publicUrl: config.RAPPORT_GATEWAY_PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`,
    localIdp: config.RAPPORT_GATEWAY_LOCAL_IDP
      ? config.RAPPORT_GATEWAY_LOCAL_IDP === 'on'
      : !production,
    production,
    secretsKey: config.RAPPORT_GATEWAY_SECRETS_KEY
      ? Buffer.from(config.RAPPORT_GATEWAY_SECRETS_KEY, 'base64')
      : DEVELOPMENT_SECRETS_KEY.copy().digest(),
  };
}

function withPrivateKeyFromFile(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const file = env['RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE'];
  if (env['RAPPORT_INTERNAL_JWT_PRIVATE_KEY'] || !file) return env;
  const problem = (line: string) =>
    new ConfigError(['RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE'], [line]);
  if (env['NODE_ENV'] === 'production') {
    throw problem(
      'RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: not honoured in production; set RAPPORT_INTERNAL_JWT_PRIVATE_KEY',
    );
  }
  try {
    return { ...env, RAPPORT_INTERNAL_JWT_PRIVATE_KEY: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw problem(`RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: cannot read ${file} (${code})`);
  }
}

// Only when neither the public key nor its file is set; a given public key is kept and checked.
function derivedPublicKey(env: NodeJS.ProcessEnv): string | undefined {
  const privatePem = env['RAPPORT_INTERNAL_JWT_PRIVATE_KEY'];
  if (
    !privatePem ||
    env['RAPPORT_INTERNAL_JWT_PUBLIC_KEY'] ||
    env['RAPPORT_INTERNAL_JWT_PUBLIC_KEY_FILE']
  ) {
    return undefined;
  }
  try {
    return createPublicKey(privatePem.replace(/\\n/g, '\n'))
      .export({ type: 'spki', format: 'pem' })
      .toString();
  } catch {
    return undefined; // the schema then names the private key as the problem
  }
}
