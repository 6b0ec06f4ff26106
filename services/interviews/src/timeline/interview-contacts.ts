import { Injectable } from '@nestjs/common';
import { InterviewProjections } from '../projections/interview-projections';

/**
 * Which contact an interview is with, from the member's interviews read model (one `_id` read).
 * That read model is written with the interview's own events, before any invitation goes out, so
 * a calendar's answer never arrives ahead of the interview it answers.
 */
@Injectable()
export class InterviewContacts {
  constructor(private readonly projections: InterviewProjections) {}

  async contactOf(
    tenantId: string,
    memberId: string,
    interviewId: string,
  ): Promise<string | undefined> {
    const doc = await this.projections.memberInterviews(tenantId, memberId);
    return doc?.interviews?.[interviewId]?.contactId;
  }
}
