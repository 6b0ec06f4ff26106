import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { InvalidPayloadError } from './contract-errors';
import { decodeEnvelope, encodeEnvelope } from './envelope';
import { decodePayload, encodePayload } from './event-registry';
import { ContactAddedSchema } from './gen/rapport/contacts/v1/contacts_pb';
import { EnvelopeSchema } from './gen/rapport/envelope/v1/envelope_pb';

describe('envelope', () => {
  const payload = encodePayload('rapport.contacts.v1.ContactAdded', {
    memberId: 'member-1',
    contactId: 'contact-1',
    givenName: 'Grace',
  });
  const envelope = {
    eventId: '0190f3c2-7d4e-7cc0-a8a6-6b7f0e2c1d11',
    type: ContactAddedSchema.typeName,
    schemaVersion: 1,
    streamId: 'contact-1',
    streamVersion: 2n ** 53n + 1n,
    tenantId: 'tenant-1',
    actor: { id: 'member-1', role: 'member' },
    occurredAt: timestampFromDate(new Date('2025-03-01T09:30:00.123Z')),
    correlationId: 'corr-1',
    causationId: 'cmd-1',
    payload,
  };

  it('round-trips every field, including a stream version beyond 2^53', () => {
    const decoded = decodeEnvelope(encodeEnvelope(envelope));
    expect(decoded).toEqual(create(EnvelopeSchema, envelope));
    expect(decoded.streamVersion).toBe(2n ** 53n + 1n);
  });

  it('carries a payload that decodes by its type name', () => {
    const decoded = decodeEnvelope(encodeEnvelope(envelope));
    const event = decodePayload(decoded.type, decoded.payload);
    expect(event.$typeName).toBe('rapport.contacts.v1.ContactAdded');
    expect(event).toMatchObject({ memberId: 'member-1', givenName: 'Grace' });
  });

  it('rejects bytes that are not an envelope with InvalidPayloadError', () => {
    const garbage = Uint8Array.from([0x0a, 0x7f, 0x01, 0x02]);
    expect(() => decodeEnvelope(garbage)).toThrow(InvalidPayloadError);
    expect(() => decodeEnvelope(garbage)).toThrow(/rapport\.envelope\.v1\.Envelope/);
  });
});
