import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '@rapport/platform/http';
import { loadGatewayConfig } from './gateway.config';

const keys = generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});

describe('the gateway configuration', () => {
  it('defaults to port 4100, the local provider and a public URL on that port', () => {
    const config = loadGatewayConfig({ RAPPORT_INTERNAL_JWT_PRIVATE_KEY: keys.privateKey });
    expect(config.PORT).toBe(4100);
    expect(config.publicUrl).toBe('http://127.0.0.1:4100');
    expect(config.localIdp).toBe(true);
    // The public key services verify with is derived from the private key when not given.
    expect(config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY).toBe(keys.publicKey.trim());
  });

  it('reads the private key from the file ./rapport up names', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gw-')), 'private.pem');
    writeFileSync(file, keys.privateKey);
    const config = loadGatewayConfig({ RAPPORT_INTERNAL_JWT_PRIVATE_KEY_FILE: file });
    expect(config.RAPPORT_INTERNAL_JWT_PRIVATE_KEY).toBe(keys.privateKey.trim());
  });

  it('fails fast without a signing key, naming the variable', () => {
    expect(() => loadGatewayConfig({})).toThrow(ConfigError);
    expect(() => loadGatewayConfig({})).toThrow(/RAPPORT_INTERNAL_JWT_PRIVATE_KEY: is required/);
  });

  it('refuses the local provider and plain http in production', () => {
    const production = {
      NODE_ENV: 'production',
      RAPPORT_INTERNAL_JWT_PRIVATE_KEY: keys.privateKey,
      RAPPORT_GATEWAY_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    expect(() =>
      loadGatewayConfig({
        ...production,
        RAPPORT_GATEWAY_PUBLIC_URL: 'https://rapport.example',
        RAPPORT_GATEWAY_LOCAL_IDP: 'on',
      }),
    ).toThrow(/refused in production/);
    expect(() =>
      loadGatewayConfig({ ...production, RAPPORT_GATEWAY_PUBLIC_URL: 'http://rapport.example' }),
    ).toThrow(/RAPPORT_GATEWAY_PUBLIC_URL/);
    const config = loadGatewayConfig({
      ...production,
      RAPPORT_GATEWAY_PUBLIC_URL: 'https://rapport.example/',
    });
    expect(config.localIdp).toBe(false);
    expect(config.publicUrl).toBe('https://rapport.example');
    expect(config.secretsKey).toEqual(Buffer.alloc(32, 7));
  });

  it('wants a secrets key of its own in production, of 32 bytes anywhere', () => {
    const withoutKey = {
      NODE_ENV: 'production',
      RAPPORT_INTERNAL_JWT_PRIVATE_KEY: keys.privateKey,
      RAPPORT_GATEWAY_PUBLIC_URL: 'https://rapport.example',
    };
    expect(() => loadGatewayConfig(withoutKey)).toThrow(/RAPPORT_GATEWAY_SECRETS_KEY: required/);
    expect(() =>
      loadGatewayConfig({
        RAPPORT_INTERNAL_JWT_PRIVATE_KEY: keys.privateKey,
        RAPPORT_GATEWAY_SECRETS_KEY: 'c2hvcnQ=',
      }),
    ).toThrow(/RAPPORT_GATEWAY_SECRETS_KEY: must be base64 of 32 bytes/);
    const development = loadGatewayConfig({ RAPPORT_INTERNAL_JWT_PRIVATE_KEY: keys.privateKey });
    expect(development.secretsKey).toHaveLength(32);
  });

  it('reads default quotas as <requests>/<seconds> and names a malformed one', () => {
    const base = { RAPPORT_INTERNAL_JWT_PRIVATE_KEY: keys.privateKey };
    const config = loadGatewayConfig({ ...base, RAPPORT_GATEWAY_RATE_LIMIT_PERSON: '40/3600' });
    expect(config.RAPPORT_GATEWAY_RATE_LIMIT_PERSON).toEqual({ quota: 40, windowSeconds: 3600 });
    expect(config.RAPPORT_GATEWAY_RATE_LIMIT_PARTNER).toEqual({ quota: 1200, windowSeconds: 60 });
    expect(() =>
      loadGatewayConfig({ ...base, RAPPORT_GATEWAY_RATE_LIMIT_PARTNER: 'lots' }),
    ).toThrow(/RAPPORT_GATEWAY_RATE_LIMIT_PARTNER: must be <requests>\/<seconds>/);
  });
});
