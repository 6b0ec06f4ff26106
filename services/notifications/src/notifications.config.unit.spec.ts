import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@rapport/platform/http';
import { loadNotificationsConfig } from './notifications.config';

const publicKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString();
const base = { RAPPORT_INTERNAL_JWT_PUBLIC_KEY: publicKey };

describe('notifications configuration', () => {
  it('has working local defaults: the capture server and port 4104', () => {
    const config = loadNotificationsConfig({ ...base, RAPPORT_SENDGRID_PORT: '13030' });
    expect(config.PORT).toBe(4104);
    expect(config.sendgridUrl).toBe('http://127.0.0.1:13030');
    expect(config.RAPPORT_NOTIFICATIONS_DB).toBe('rapport_notifications');
    expect(config.unsubscribeSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads the unsubscribe secret from a file outside production', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    const file = join(dir, 'unsubscribe.secret');
    writeFileSync(file, `${'s'.repeat(40)}\n`);
    const config = loadNotificationsConfig({ ...base, RAPPORT_UNSUBSCRIBE_SECRET_FILE: file });
    expect(config.unsubscribeSecret).toBe('s'.repeat(40));
    writeFileSync(file, 'short');
    expect(() =>
      loadNotificationsConfig({ ...base, RAPPORT_UNSUBSCRIBE_SECRET_FILE: file }),
    ).toThrow(/fewer than 32 characters/);
  });

  it('refuses to start in production without a secret, and names bad variables', () => {
    expect(() => loadNotificationsConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() =>
      loadNotificationsConfig({
        ...base,
        RAPPORT_SENDGRID_URL: 'not a url',
        RAPPORT_MAIL_FROM: 'nobody',
      }),
    ).toThrow(
      /RAPPORT_SENDGRID_URL[\s\S]*RAPPORT_MAIL_FROM|RAPPORT_MAIL_FROM[\s\S]*RAPPORT_SENDGRID_URL/,
    );
  });
});
