import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { InterviewCompleted, Referral } from '@rapport/contracts';
import { type ConsumedEvent, PermanentError } from '@rapport/messaging';
import { ConflictProblem, type RequestContext } from '@rapport/platform/http';
import { ContactAdder } from '../add-contact/contact-adder';
import type { ContactDetails } from '../domain/contact-details';
import { ContactRejected } from '../domain/contact-rejected';
import { normaliseWords } from '../domain/dedupe-keys';
import { ContactListReader } from '../shared/contact-list.reader';
import { interviewReferralContactId, referralDetails } from './referral-contact';

type Outcome = 'added' | 'already-added' | 'already-a-contact';

/**
 * The people a contact suggested at the end of an interview join the member's book, referred by
 * that contact. Someone the member already has (same email; without an email, same name) is not
 * added twice, and a redelivered event adds nobody: each referral's contact id is derived from it.
 */
@Injectable()
export class InterviewReferrals {
  constructor(
    @Inject(ContactAdder) private readonly adder: ContactAdder,
    @Inject(ContactListReader) private readonly list: ContactListReader,
  ) {}

  async addAll(event: ConsumedEvent, logger: Logger): Promise<void> {
    if (event.payload.$typeName !== 'rapport.interviews.v1.InterviewCompleted') return;
    const interview: InterviewCompleted = event.payload;
    if (interview.referrals.length === 0) return;
    const ctx: RequestContext = {
      tenantId: event.envelope.tenantId,
      actor: { id: 'interviews', role: 'system' },
      scopes: [],
      assignedMemberIds: [],
      correlationId: event.envelope.correlationId,
    };
    const referrer = await this.liveReferrer(ctx.tenantId, interview);
    const problems: string[] = [];
    // One after another: a later referral must see the contact an earlier one just added.
    for (const referral of interview.referrals) {
      const details = referralDetails(referral);
      if (!details.ok) {
        problems.push(details.problem);
        continue;
      }
      const outcome = await this.addOne(ctx, interview, referral, details.details, referrer);
      logger.info(
        { eventId: event.envelope.eventId, referralId: referral.referralId, outcome },
        'interview referral handled',
      );
    }
    // The valid ones are in; an operator replaying the parked event adds nothing twice.
    if (problems.length > 0)
      throw new PermanentError(`not valid contacts: ${problems.join(' | ')}`);
  }

  private async addOne(
    ctx: RequestContext,
    interview: InterviewCompleted,
    referral: Referral,
    details: ContactDetails,
    referrer: string | undefined,
  ): Promise<Outcome> {
    const { memberId } = interview;
    const contactId = interviewReferralContactId(memberId, referral.referralId);
    const { writer } = this.adder;
    const { state } = await writer.load(ctx.tenantId, memberId, contactId);
    if (state.status !== 'absent') return 'already-added';
    // With an email the reserved keys find the same person (below); a name alone is not one of
    // those keys, so it is compared here against the member's own rows.
    if (!details.email && (await this.hasSameName(ctx.tenantId, memberId, details)))
      return 'already-a-contact';
    try {
      await this.adder.add(ctx, {
        type: 'AddContact',
        memberId,
        contactId,
        at: writer.clock(),
        details,
        warmth: 'warm',
        source: 'referral',
        tags: [],
        origin: {
          via: 'interview-referral',
          interviewId: interview.interviewId,
          referralId: referral.referralId,
        },
        ...(referrer ? { referredBy: { contactId: referrer, mayUseReferrerName: false } } : {}),
      });
    } catch (error) {
      if (error instanceof ContactRejected && error.reason === 'contact-exists')
        return 'already-added';
      if (error instanceof ConflictProblem) return 'already-a-contact';
      throw error;
    }
    if (referral.note.trim()) {
      await writer.execute(ctx, {
        type: 'AddResearchNote',
        memberId,
        contactId,
        noteId: `referral-${referral.referralId}`,
        at: writer.clock(),
        text: `Why they were suggested: ${referral.note.trim()}`,
      });
    }
    return 'added';
  }

  /** The interview's contact, when it is still in the book to be named as the referrer. */
  private async liveReferrer(
    tenantId: string,
    interview: InterviewCompleted,
  ): Promise<string | undefined> {
    if (!interview.contactId) return undefined;
    const { state } = await this.adder.writer.load(
      tenantId,
      interview.memberId,
      interview.contactId,
    );
    return state.status === 'active' || state.status === 'archived'
      ? interview.contactId
      : undefined;
  }

  private async hasSameName(
    tenantId: string,
    memberId: string,
    details: ContactDetails,
  ): Promise<boolean> {
    const wanted = normaliseWords(`${details.givenName} ${details.familyName}`);
    const rows = await this.list.rows(tenantId, memberId);
    return rows.some(
      (row) =>
        row.status !== 'erased' &&
        normaliseWords(`${row.givenName ?? ''} ${row.familyName ?? ''}`) === wanted,
    );
  }
}
