import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Start-up configuration is wrong; the message names every offending variable (never its value). */
export class ConfigError extends Error {
  constructor(
    readonly variables: readonly string[],
    problems: readonly string[],
  ) {
    super(`Invalid service configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// An empty variable (`PORT=`) means "not set", not zero or the empty string.
const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

/** A TCP port variable with the service's own default: `baseServiceEnv.extend({ PORT: servicePort(4101) })`. */
export function servicePort(defaultPort: number) {
  return z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(defaultPort));
}

const pemPublicKey = z
  .string()
  // Single-line variables often carry the PEM with literal "\n" escapes.
  .transform((value) => value.replace(/\\n/g, '\n').trim())
  .pipe(
    z
      .string()
      .regex(
        /^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/,
        'must be a PEM "PUBLIC KEY" (SPKI)',
      ),
  );

/**
 * What every service reads. A plain object schema (no refinements) so services can `.extend()` it;
 * PORT has no default here because each service has its own (see `servicePort`).
 */
export const baseServiceEnv = z.object({
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535)),
  RAPPORT_INTERNAL_JWT_PUBLIC_KEY: pemPublicKey,
  LOG_LEVEL: z.preprocess(
    unsetIfEmpty,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  NODE_ENV: z.preprocess(
    unsetIfEmpty,
    z.enum(['development', 'test', 'production']).default('development'),
  ),
});

export type BaseServiceConfig = z.infer<typeof baseServiceEnv>;

// Outside production a variable may name a file holding its value instead (VAR_FILE); local
// runs keep keys in .rapport/ rather than in the environment. Production must set the value.
const FILE_BACKED = ['RAPPORT_INTERNAL_JWT_PUBLIC_KEY'];

function withFileBackedValues(env: NodeJS.ProcessEnv, problems: string[]): NodeJS.ProcessEnv {
  const resolved = { ...env };
  for (const name of FILE_BACKED) {
    const file = env[`${name}_FILE`];
    if (env[name] || !file) continue;
    if (env['NODE_ENV'] === 'production') {
      problems.push(`${name}_FILE: not honoured in production; set ${name} itself`);
      continue;
    }
    try {
      resolved[name] = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      problems.push(`${name}_FILE: cannot read ${file} (${code})`);
    }
  }
  return resolved;
}

/** Parses the environment against the schema and fails with every problem at once. */
export function loadConfig<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv = process.env): T {
  const problems: string[] = [];
  const resolved = withFileBackedValues(env, problems);
  const result = schema.safeParse(resolved);
  if (result.success && problems.length === 0) return result.data;
  for (const issue of result.error?.issues ?? []) {
    const name = issue.path.map(String).join('.') || '(environment)';
    const missing = issue.path.length === 1 && resolved[name] === undefined;
    problems.push(`${name}: ${missing ? 'is required' : issue.message}`);
  }
  const variables = [...new Set(problems.map((line) => line.slice(0, line.indexOf(':'))))];
  throw new ConfigError(variables, problems);
}
