import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { baseServiceEnv, ConfigError, loadConfig, servicePort } from './service-config';

const PEM =
  '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----';

const contactsEnv = baseServiceEnv.extend({
  PORT: servicePort(4101),
  CONTACTS_IMPORT_MAX_ROWS: z.coerce.number().int().positive().default(10_000),
  RAPPORT_MONGO_URL: z.string().startsWith('mongodb://'),
});

function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults, coerces numbers and keeps the extension fields', () => {
    expect(
      loadConfig(contactsEnv, {
        RAPPORT_INTERNAL_JWT_PUBLIC_KEY: PEM,
        RAPPORT_MONGO_URL: 'mongodb://127.0.0.1:27017/',
        PORT: '',
      }),
    ).toEqual({
      PORT: 4101,
      RAPPORT_INTERNAL_JWT_PUBLIC_KEY: PEM,
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      CONTACTS_IMPORT_MAX_ROWS: 10_000,
      RAPPORT_MONGO_URL: 'mongodb://127.0.0.1:27017/',
    });
  });

  it('accepts a PEM written on one line with \\n escapes', () => {
    const config = loadConfig(baseServiceEnv, {
      PORT: '4000',
      RAPPORT_INTERNAL_JWT_PUBLIC_KEY: PEM.replace(/\n/g, '\\n'),
    });
    expect(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY).toBe(PEM);
  });

  it('names every missing or invalid variable in one error, without their values', () => {
    const error = configErrorOf(() =>
      loadConfig(contactsEnv, {
        PORT: '70000',
        LOG_LEVEL: 'loud',
        CONTACTS_IMPORT_MAX_ROWS: '-1',
        RAPPORT_MONGO_URL: 'postgres://secret@db',
      }),
    );
    expect(error.variables).toEqual([
      'PORT',
      'RAPPORT_INTERNAL_JWT_PUBLIC_KEY',
      'LOG_LEVEL',
      'CONTACTS_IMPORT_MAX_ROWS',
      'RAPPORT_MONGO_URL',
    ]);
    expect(error.message).toContain('RAPPORT_INTERNAL_JWT_PUBLIC_KEY: is required');
    expect(error.message).toContain('PORT: Too big: expected number to be <=65535');
    expect(error.message).not.toContain('secret');
  });

  it('rejects a key that is not a PEM public key', () => {
    const error = configErrorOf(() =>
      loadConfig(baseServiceEnv, { PORT: '1', RAPPORT_INTERNAL_JWT_PUBLIC_KEY: 'abc' }),
    );
    expect(error.message).toBe(
      'Invalid service configuration:\n  - RAPPORT_INTERNAL_JWT_PUBLIC_KEY: must be a PEM "PUBLIC KEY" (SPKI)',
    );
  });

  describe('RAPPORT_INTERNAL_JWT_PUBLIC_KEY_FILE', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-config-'));
    const keyFile = path.join(dir, 'internal-jwt.pub.pem');
    writeFileSync(keyFile, `${PEM}\n`);

    it('is read outside production', () => {
      const config = loadConfig(baseServiceEnv, {
        PORT: '1',
        NODE_ENV: 'test',
        RAPPORT_INTERNAL_JWT_PUBLIC_KEY_FILE: keyFile,
      });
      expect(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY).toBe(PEM);
    });

    it('is refused in production', () => {
      const error = configErrorOf(() =>
        loadConfig(baseServiceEnv, {
          PORT: '1',
          NODE_ENV: 'production',
          RAPPORT_INTERNAL_JWT_PUBLIC_KEY_FILE: keyFile,
        }),
      );
      expect(error.variables).toEqual([
        'RAPPORT_INTERNAL_JWT_PUBLIC_KEY_FILE',
        'RAPPORT_INTERNAL_JWT_PUBLIC_KEY',
      ]);
    });

    it('reports a file it cannot read', () => {
      const missing = path.join(dir, 'missing.pem');
      const error = configErrorOf(() =>
        loadConfig(baseServiceEnv, { PORT: '1', RAPPORT_INTERNAL_JWT_PUBLIC_KEY_FILE: missing }),
      );
      expect(error.message).toContain(
        `RAPPORT_INTERNAL_JWT_PUBLIC_KEY_FILE: cannot read ${missing} (ENOENT)`,
      );
    });
  });
});
