import type { FastifyReply } from 'fastify';
import type { WriteResult } from './outreach-writer';
import { outreachView } from './outreach-view';
import { setEtag } from '@rapport/platform/http';

/** Every change answers with the outreach as it now is and its new ETag. */
export function answerWithOutreach(
  reply: FastifyReply,
  memberId: string,
  contactId: string,
  { state, version }: WriteResult,
) {
  setEtag(reply, version);
  return outreachView(memberId, contactId, state, version);
}
