import type { FastifyReply } from 'fastify';
import type { WriteResult } from './contact-writer';
import { contactView } from './contact-view';
import { setEtag } from '@rapport/platform/http';

/** Every change answers with the contact as it now is and its new ETag. */
export function answerWithContact(reply: FastifyReply, { state, version }: WriteResult) {
  setEtag(reply, version);
  return contactView(state, version);
}
