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

export const noteParams = contactParams.extend({
  noteId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a note id'),
});
export type NoteParams = z.output<typeof noteParams>;
