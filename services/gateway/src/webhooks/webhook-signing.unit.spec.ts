import { Webhook } from 'standardwebhooks';
import { newSigningSecret, SecretBox } from './webhook-secrets';
import { signedHeaders } from './webhook-signing';

describe('webhook signing and secrets at rest', () => {
  const body = JSON.stringify({
    type: 'outreach.sent',
    timestamp: 'now',
    data: { memberId: 'ada' },
  });

  it('signs so the library verifies, and refuses a tampered body', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = signedHeaders('wd_1', new Date(), body, [secret]);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace('ada', 'ben'), { ...headers })).toThrow();
  });

  it('signs with both secrets during a rotation, so either verifies', () => {
    const [current, previous] = [newSigningSecret(), newSigningSecret()];
    const headers = signedHeaders('wd_2', new Date(), body, [current, previous]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const secret of [current, previous]) {
      expect(() => new Webhook(secret).verify(body, { ...headers })).not.toThrow();
    }
  });

  it('keeps secrets encrypted, and refuses a ciphertext someone changed', () => {
    const box = new SecretBox(Buffer.alloc(32, 7));
    const secret = newSigningSecret();
    const sealed = box.seal(secret);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(box.open(sealed)).toBe(secret);
    const [version, iv, tag, ciphertext = ''] = sealed.split('.');
    const flipped = `${ciphertext[0] === 'A' ? 'B' : 'A'}${ciphertext.slice(1)}`;
    expect(() => box.open([version, iv, tag, flipped].join('.'))).toThrow();
    expect(() => new SecretBox(Buffer.alloc(32, 8)).open(sealed)).toThrow();
  });
});
