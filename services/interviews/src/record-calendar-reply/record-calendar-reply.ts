import { timestampDate } from '@bufbuild/protobuf/wkt';
import { Inject, Injectable } from '@nestjs/common';
import type { CalendarReplyReceived } from '@rapport/contracts';
import { type ConsumedEvent, PermanentError } from '@rapport/messaging';
import type { Logger } from '@rapport/platform';
import type { RequestContext } from '@rapport/platform/http';
import type { Partstat } from '../domain/interview.events';
import { icsUidOf } from '../invitation/calendar-invitation';
import { InvitationPartiesStore } from '../invitation/invitation-parties';
import { InterviewWriter } from '../shared/interview-writer';

/** Who records a calendar reply: the notifications context, acting for nobody. */
const REPLY_ACTOR = { id: 'notifications', role: 'system' } as const;

const PARTSTATS: Readonly<Record<string, Partstat>> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
};

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * The contact's calendar answered the invitation (an iMIP REPLY matched by notifications): the
 * interview records it. Replies that say nothing new (a repeat, one to an older SEQUENCE, one
 * after the interview was cancelled or held) record nothing; the decider says so.
 */
@Injectable()
export class CalendarReplies {
  constructor(
    @Inject(InterviewWriter) private readonly writer: InterviewWriter,
    @Inject(InvitationPartiesStore) private readonly parties: InvitationPartiesStore,
  ) {}

  async record(event: ConsumedEvent, logger: Logger): Promise<void> {
    if (event.payload.$typeName !== 'rapport.notifications.v1.CalendarReplyReceived') return;
    const reply: CalendarReplyReceived = event.payload;
    const { memberId, interviewId } = reply;
    if (!SAFE_ID.test(memberId) || !SAFE_ID.test(interviewId)) {
      throw new PermanentError('a calendar reply that names no interview');
    }
    const { tenantId, correlationId } = event.envelope;
    const partstat = PARTSTATS[reply.partstat.toUpperCase()];
    // NEEDS-ACTION or DELEGATED say nothing the member can act on; another UID is another event.
    if (!partstat || reply.icsUid !== icsUidOf(interviewId)) {
      logger.info({ interviewId, partstat: reply.partstat }, 'calendar reply ignored');
      return;
    }
    const invited = await this.parties.find(tenantId, memberId, interviewId);
    if (invited && invited.attendee.email.toLowerCase() !== reply.attendeeEmail.toLowerCase()) {
      logger.info({ interviewId }, 'calendar reply from an address that was not invited');
      return;
    }
    const ctx: RequestContext = {
      tenantId,
      actor: REPLY_ACTOR,
      scopes: [],
      assignedMemberIds: [],
      correlationId,
    };
    await this.writer.execute(ctx, {
      type: 'RecordInvitationReply',
      memberId,
      interviewId,
      at: reply.receivedAt ? timestampDate(reply.receivedAt) : this.writer.clock(),
      partstat,
      sequence: reply.sequence,
    });
  }
}
