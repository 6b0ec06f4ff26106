import { seenAtVersion } from './stream-positions';
import { envelopeRules, headersOf } from './consumed-event';

const good = {
  eventId: 'e-1',
  type: 'rapport.contacts.v1.ContactAdded',
  schemaVersion: 1,
  streamId: 'contact-1',
  streamVersion: 1n,
  tenantId: 'uni-a',
  correlationId: 'c-1',
};

describe('envelope rules', () => {
  it('accept a complete envelope', () => {
    expect(envelopeRules.safeParse(good).success).toBe(true);
  });

  it.each([
    ['eventId', { eventId: '' }],
    ['tenantId', { tenantId: '' }],
    ['streamVersion', { streamVersion: 0n }],
    ['schemaVersion', { schemaVersion: 0 }],
    ['type', { type: 'ContactAdded' }],
  ])('reject a bad %s and name it', (field, change) => {
    const result = envelopeRules.safeParse({ ...good, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});

describe('headersOf', () => {
  it('turns Kafka header buffers into text, last value winning', () => {
    expect(
      headersOf({
        a: Buffer.from('x'),
        b: [Buffer.from('1'), Buffer.from('2')],
        c: 'plain',
        d: undefined,
      }),
    ).toEqual({ a: 'x', b: '2', c: 'plain' });
  });
});

describe('seenAtVersion (several messages of one event at one stream version)', () => {
  it.each([
    ['e-1', 'e-1', true],
    ['e-1', 'e-1:1', true],
    ['e-1:1', 'e-1', false],
    ['e-1:1', 'e-1:2', true],
    ['e-1:2', 'e-1:1', false],
    ['e-2', 'e-1:1', false],
    ['9b1f:3', '9b1f:3', true],
  ])('%s after %s processed → repeat %s', (eventId, last, repeat) => {
    expect(seenAtVersion(eventId, last)).toBe(repeat);
  });
});
