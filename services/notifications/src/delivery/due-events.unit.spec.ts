import { create } from '@bufbuild/protobuf';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import {
  ContactAddedSchema,
  EmailKind,
  FollowUpDueSchema,
  KeepInTouchDueSchema,
  OutreachEmailRequestedSchema,
} from '@rapport/contracts';
import { PermanentError } from '@rapport/messaging';
import { notificationRequestOf } from './due-events';

const rel = { memberId: 'm-1', contactId: 'c-1', relationshipId: 'r-1' };

describe('what an event asks of notifications', () => {
  it('keys a follow-up by relationship and number, a workflow item by its timer key', () => {
    const followUp = notificationRequestOf(create(FollowUpDueSchema, { ...rel, sequence: 2 }), 5);
    expect(followUp).toMatchObject({ audience: 'member', dedupeKey: 'follow-up-due:r-1:2' });
    const keep = notificationRequestOf(
      create(KeepInTouchDueSchema, {
        ...rel,
        idempotencyKey: 'rel:t:r-1:7',
        dueAt: timestampFromMs(1000),
        cycle: 3,
      }),
      5,
    );
    expect(keep).toEqual({
      audience: 'member',
      dedupeKey: 'rel:t:r-1:7',
      item: { kind: 'keep-in-touch-due', ...rel, dueAt: 1000, cycle: 3 },
    });
  });

  it('ignores events it has nothing to say about', () => {
    expect(notificationRequestOf(create(ContactAddedSchema, { ...rel }), 0)).toBeUndefined();
  });

  it('refuses, permanently, events that cannot become a notification', () => {
    expect(() =>
      notificationRequestOf(
        create(FollowUpDueSchema, { ...rel, relationshipId: ' ', sequence: 1 }),
        0,
      ),
    ).toThrow(PermanentError);
    expect(() =>
      notificationRequestOf(create(KeepInTouchDueSchema, { ...rel, idempotencyKey: 'k' }), 0),
    ).toThrow(/due_at is missing/);
    const email = () =>
      notificationRequestOf(
        create(OutreachEmailRequestedSchema, {
          ...rel,
          messageId: 'm@x',
          threadToken: 'short',
          kind: EmailKind.REQUEST,
          toEmail: 'nobody',
          replyToEmail: 'a@b.example',
          subject: 'Hello',
          bodyText: 'Hi',
        }),
        0,
      );
    expect(email).toThrow(/thread_token is not a token; to_email is not an address/);
  });
});
