import { forwardToContactWriter } from '../shared/forward-to-contact-writer';
import { ArchiveContactCommand, RestoreContactCommand } from './archive-contact.command';

export const ArchiveContactHandler = forwardToContactWriter(
  ArchiveContactCommand,
  ({ memberId, contactId, reason }, at) => ({
    type: 'ArchiveContact',
    memberId,
    contactId,
    at,
    ...(reason ? { reason } : {}),
  }),
);

export const RestoreContactHandler = forwardToContactWriter(
  RestoreContactCommand,
  ({ memberId, contactId }, at) => ({ type: 'RestoreContact', memberId, contactId, at }),
);
