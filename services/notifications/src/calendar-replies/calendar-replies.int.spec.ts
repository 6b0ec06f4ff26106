import { randomUUID } from 'node:crypto';
import { invitationReplyAddress } from '@rapport/contracts';
import { isolateSuite, pollUntil } from '@rapport/testing';
import { ContactNames } from '../contact-names/contact-names';
import { InvitationStore } from '../interview-mail/invitation.store';
import type { Invitation } from '../interview-mail/interview-mail.requests';
import {
  type Caller,
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import { outboxMessages } from '../webhooks/sendgrid.test-fixture';
import { invitationIcs, replyIcs } from './ics.test-fixture';

const ada: Caller = { id: 'member-ada', role: 'member' };
const REPLY = 'rapport.notifications.v1.CalendarReplyReceived';
/** Where calendars answer: the invitation's ORGANIZER, at the test app's reply domain. */
const ANSWERS_TO = invitationReplyAddress('reply.rapport.test');

/** Inbound Parse's post: text fields, then files (SendGrid's default, non-raw mode). */
function inboundPost(
  fields: Record<string, string>,
  files: Array<{ name: string; filename: string; type: string; content: string }> = [],
) {
  const boundary = `xYzZY${randomUUID().slice(0, 8)}`;
  const parts = [
    ...Object.entries(fields).map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    ),
    ...files.map(
      (file) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n${file.content}\r\n`,
    ),
  ];
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8'),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe('a contact’s calendar answers an interview invitation', () => {
  const suite = isolateSuite('notifications-calendar-replies');
  let service: NotificationsTestApp;
  const linEmail = 'lin@firm.example';

  const invite = async (tenantId: string, options: { memberId?: string } = {}) => {
    const interviewId = randomUUID();
    const invitation: Invitation = {
      memberId: options.memberId ?? 'member-ada',
      contactId: 'contact-lin',
      relationshipId: 'rel-lin',
      interviewId,
      method: 'REQUEST',
      sequence: 1,
      icsUid: `${interviewId}@interviews.rapport.test`,
      ics: invitationIcs({
        uid: `${interviewId}@interviews.rapport.test`,
        sequence: 1,
        method: 'REQUEST',
        attendee: linEmail,
      }),
      summary: 'Informational interview: Ada Lovelace and Lin Chen',
      startsAt: Date.parse('2026-03-05T09:00:00Z'),
    };
    await service.app
      .get(InvitationStore)
      .remember(tenantId, invitation, 'Lin@Firm.example', service.clock.now);
    return invitation.icsUid;
  };
  const post = (form: { body: Buffer; contentType: string }) =>
    service.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/webhooks/sendgrid/inbound',
        payload: form.body,
        headers: { 'content-type': form.contentType },
      });
  /** A calendar's reply mail as SendGrid posts it, the .ics as an attachment. */
  const attachedReply = (ics: string, to = ANSWERS_TO) =>
    inboundPost(
      {
        headers: `From: Lin Chen <${linEmail}>\r\nTo: ${to}\r\nSubject: Accepted: Informational interview\r\nMessage-ID: <${randomUUID()}@firm.example>`,
        to,
        from: `Lin Chen <${linEmail}>`,
        subject: 'Accepted: Informational interview',
        text: 'Lin Chen has accepted this invitation.',
        envelope: JSON.stringify({ to: [to], from: linEmail }),
        attachments: '1',
        'attachment-info': JSON.stringify({
          attachment1: { filename: 'invite.ics', type: 'text/calendar' },
        }),
      },
      [
        {
          name: 'attachment1',
          filename: 'invite.ics',
          type: 'text/calendar; method=REPLY',
          content: ics,
        },
      ],
    );
  const repliesFor = async (uid: string) =>
    (await outboxMessages(service.app, REPLY)).filter((m) => m.event.icsUid === uid);
  const inboxTitles = async (caller: Caller) =>
    (await service.as(caller).send('GET', `/members/${caller.id}/inbox`))
      .json<{ items: { title: string; kind: string }[] }>()
      .items.filter((item) => item.kind === 'calendar-reply')
      .map((item) => item.title);

  beforeAll(async () => {
    service = await startNotificationsApp(suite);
    await service.app
      .get(ContactNames)
      .apply(
        { kind: 'named', memberId: 'member-ada', contactId: 'contact-lin', name: 'Lin Chen' },
        { tenantId: 'uni-a', streamId: 'contact:member-ada:contact-lin', version: 1 },
      );
  });

  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('publishes the acceptance once however often it is posted, and tells the member', async () => {
    const uid = await invite('uni-a');
    const ics = replyIcs({ uid, sequence: 1, attendee: 'LIN@firm.example', partstat: 'ACCEPTED' });
    const first = await post(attachedReply(ics));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ recorded: true });
    const again = await post(attachedReply(ics));
    expect(again.json()).toEqual({ recorded: false });

    const published = await repliesFor(uid);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      tenantId: 'uni-a',
      streamId: `invitation:${uid}`,
      event: {
        memberId: 'member-ada',
        interviewId: uid.split('@')[0],
        icsUid: uid,
        attendeeEmail: 'lin@firm.example',
        partstat: 'ACCEPTED',
        sequence: 1,
      },
    });
    expect(published[0]?.event.receivedAt?.seconds).toBe(
      BigInt(service.clock.now.getTime() / 1000),
    );
    expect(await inboxTitles(ada)).toEqual(['Lin Chen accepted your invitation']);
  });

  it('reads a declined answer from the raw message (a base64 text/calendar part)', async () => {
    const uid = await invite('uni-a');
    const ics = replyIcs({ uid, sequence: 1, attendee: linEmail, partstat: 'DECLINED' });
    const raw = [
      `From: Lin Chen <${linEmail}>`,
      `To: ${ANSWERS_TO}`,
      `Message-ID: <${randomUUID()}@firm.example>`,
      'Subject: Declined: Informational interview',
      'Content-Type: multipart/alternative; boundary="alt-7"',
      '',
      '--alt-7',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Lin Chen has declined this invitation.',
      '--alt-7',
      'Content-Type: text/calendar; charset=UTF-8; method=REPLY',
      'Content-Transfer-Encoding: base64',
      '',
      ...(Buffer.from(ics)
        .toString('base64')
        .match(/.{1,76}/g) ?? []),
      '--alt-7--',
      '',
    ].join('\r\n');
    const response = await post(
      inboundPost({
        envelope: JSON.stringify({ to: [ANSWERS_TO], from: linEmail }),
        email: raw,
      }),
    );
    expect(response.json()).toEqual({ recorded: true });
    expect((await repliesFor(uid)).map((m) => m.event.partstat)).toEqual(['DECLINED']);
  });

  it('ignores an answer from an address that was not invited', async () => {
    const uid = await invite('uni-a');
    const ics = replyIcs({
      uid,
      sequence: 1,
      attendee: 'someone@else.example',
      partstat: 'ACCEPTED',
    });
    const response = await post(attachedReply(ics));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ recorded: false });
    expect(await repliesFor(uid)).toEqual([]);
  });

  it('drops an answer to an invitation it never sent, without an error for SendGrid', async () => {
    const uid = `${randomUUID()}@elsewhere.example`;
    const ics = replyIcs({ uid, sequence: 0, attendee: linEmail, partstat: 'ACCEPTED' });
    const response = await post(attachedReply(ics));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ recorded: false });
    expect(await repliesFor(uid)).toEqual([]);
  });

  it('takes the tenant from the invitation, whatever address the mail was sent to', async () => {
    // Another institution's invitation; the mail even reaches one of this tenant's addresses.
    const uid = await invite('uni-b', { memberId: 'member-bo' });
    const ics = replyIcs({ uid, sequence: 1, attendee: linEmail, partstat: 'TENTATIVE' });
    const response = await post(attachedReply(ics, 'reply+tok_abcdefgh12@reply.rapport.test'));
    expect(response.json()).toEqual({ recorded: true });
    const published = await pollUntil('the reply event', async () => {
      const found = await repliesFor(uid);
      return found.length > 0 ? found : undefined;
    });
    expect(published.map((m) => [m.tenantId, m.event.memberId, m.event.partstat])).toEqual([
      ['uni-b', 'member-bo', 'TENTATIVE'],
    ]);
    // The notice is in the other tenant's member's inbox (no name known there), not in Ada's.
    const bo: Caller = { id: 'member-bo', role: 'member', tenantId: 'uni-b' };
    expect(await inboxTitles(bo)).toEqual(['Your contact tentatively accepted your invitation']);
    expect((await inboxTitles(ada)).sort()).toEqual([
      'Lin Chen accepted your invitation',
      'Lin Chen declined your invitation',
    ]);
  });
});
