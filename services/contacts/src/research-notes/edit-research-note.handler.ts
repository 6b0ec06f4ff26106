import { forwardToContactWriter } from '../shared/forward-to-contact-writer';
import { EditResearchNoteCommand } from './research-note.command';

export const EditResearchNoteHandler = forwardToContactWriter(
  EditResearchNoteCommand,
  ({ memberId, contactId, noteId, text }, at) => ({
    type: 'EditResearchNote',
    memberId,
    contactId,
    at,
    noteId,
    text,
  }),
);
