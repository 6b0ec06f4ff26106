import { multiLine } from '@rapport/platform';
import { z } from 'zod';
import { LIMITS } from '../domain/contact-details';
import { contactParams } from '../shared/contact-params';

export const researchNoteRequest = z.strictObject({
  text: multiLine()
    .trim()
    .min(1, 'must not be empty')
    .max(LIMITS.note, `must be at most ${LIMITS.note} characters`),
});
export type ResearchNoteRequest = z.output<typeof researchNoteRequest>;

const noteIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a note id');

/** Optional `noteId`: a client that picks it can repeat the request safely. */
export const addResearchNoteRequest = researchNoteRequest.extend({
  noteId: noteIdSchema.optional(),
});
export type AddResearchNoteRequest = z.output<typeof addResearchNoteRequest>;

export const noteParams = contactParams.extend({ noteId: noteIdSchema });
export type NoteParams = z.output<typeof noteParams>;
