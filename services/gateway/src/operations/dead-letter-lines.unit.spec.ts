import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { DeadLetterSchema, encodeEnvelope } from '@rapport/contracts';
import { ValidationProblem } from '@rapport/platform/http';
import { decodeCursor, encodeCursor } from './dead-letter-cursor';
import { deadLetterLine } from './dead-letter-lines';

const NOTE = 'Lin said she is leaving the company in May';

const letterOf = (value: Uint8Array) =>
  create(DeadLetterSchema, {
    originalTopic: 'rapport.contacts.v1',
    originalPartition: 2,
    originalOffset: 41n,
    key: new Uint8Array(),
    value,
    headers: {},
    reason: 'handler_failed',
    errorDetail: `TypeError: cannot read note\n  while handling "${NOTE}"`,
    consumerGroup: 'outreach-contact-directory',
    failedAt: timestampFromDate(new Date('2026-12-01T10:00:00Z')),
    attempts: 5,
  });

describe('a dead letter as operators see it', () => {
  it('names the event and says why, without the payload or the error’s later lines', () => {
    const value = encodeEnvelope({
      eventId: 'e-1',
      type: 'rapport.contacts.v1.ContactNoteAdded',
      schemaVersion: 1,
      streamId: 'contact-7',
      streamVersion: 3n,
      tenantId: 't',
      payload: new TextEncoder().encode(NOTE),
    });
    const line = deadLetterLine('2:17', letterOf(value), new Date('2026-12-02T08:00:00Z'));
    expect(line).toEqual({
      id: '2:17',
      group: 'outreach-contact-directory',
      originalTopic: 'rapport.contacts.v1',
      originalPartition: 2,
      originalOffset: '41',
      eventType: 'rapport.contacts.v1.ContactNoteAdded',
      eventId: 'e-1',
      streamId: 'contact-7',
      reason: 'handler_failed',
      error: 'TypeError: cannot read note',
      attempts: 5,
      failedAt: '2026-12-01T10:00:00.000Z',
      replayedAt: '2026-12-02T08:00:00.000Z',
    });
    expect(JSON.stringify(line)).not.toContain('leaving');
  });

  it('leaves the event out when the value is not an envelope', () => {
    const line = deadLetterLine('0:1', letterOf(new TextEncoder().encode('not protobuf at all')));
    expect(line.eventType).toBeUndefined();
    expect(line.replayedAt).toBeUndefined();
  });
});

describe('the dead-letter listing’s cursor', () => {
  it('gives back the positions it was made from', () => {
    const reached = new Map([
      [0, 12n],
      [5, 9_007_199_254_740_993n],
    ]);
    expect(decodeCursor(encodeCursor(reached))).toEqual(reached);
  });

  it('refuses what it did not make', () => {
    expect(() => decodeCursor('not-ours')).toThrow(ValidationProblem);
    const forged = Buffer.from(JSON.stringify({ '0': '-1' })).toString('base64url');
    expect(() => decodeCursor(forged)).toThrow(ValidationProblem);
  });
});
