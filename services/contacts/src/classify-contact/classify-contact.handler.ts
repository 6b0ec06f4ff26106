import { forwardToContactWriter } from '../shared/forward-to-contact-writer';
import { ClassifyContactCommand } from './classify-contact.command';

export const ClassifyContactHandler = forwardToContactWriter(
  ClassifyContactCommand,
  ({ memberId, contactId, request }, at) => ({
    type: 'ClassifyContact',
    memberId,
    contactId,
    at,
    ...request,
  }),
);
