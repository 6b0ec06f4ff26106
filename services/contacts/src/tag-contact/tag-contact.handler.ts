import { forwardToContactWriter } from '../shared/forward-to-contact-writer';
import { TagContactCommand, UntagContactCommand } from './tag-contact.command';

export const TagContactHandler = forwardToContactWriter(
  TagContactCommand,
  ({ memberId, contactId, tag }, at) => ({ type: 'TagContact', memberId, contactId, at, tag }),
);

export const UntagContactHandler = forwardToContactWriter(
  UntagContactCommand,
  ({ memberId, contactId, tag }, at) => ({ type: 'UntagContact', memberId, contactId, at, tag }),
);
