import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadWorkerConfig } from './worker.config';

describe('relationship worker configuration', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rel-config-'));
  const keyFile = path.join(dir, 'private.pem');
  writeFileSync(keyFile, '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n');

  it('fails fast, naming the variable, when the signing key is missing or unreadable', () => {
    expect(() => loadWorkerConfig({})).toThrow(/RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE is not set/);
    expect(() =>
      loadWorkerConfig({ RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: path.join(dir, 'nope.pem') }),
    ).toThrow(/cannot read RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE/);
  });

  it('reads the key and defaults the rest', () => {
    expect(loadWorkerConfig({ RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: keyFile })).toMatchObject({
      port: 4110,
      database: 'rapport_relationship',
      taskQueue: 'relationship',
      internalPrivateKeyPem: expect.stringContaining('PRIVATE KEY') as unknown,
    });
    expect(() =>
      loadWorkerConfig({ RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: keyFile, PORT: 'x' }),
    ).toThrow(/PORT/);
  });
});
