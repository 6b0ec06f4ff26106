import { forwardToOutreachWriter } from '../shared/forward-to-outreach-writer';
import { SetAutoSendCommand } from './set-auto-send.command';

export const SetAutoSendHandler = forwardToOutreachWriter(
  SetAutoSendCommand,
  ({ memberId, contactId, autoSend }, at) => ({
    type: 'SetAutoSend',
    memberId,
    contactId,
    at,
    autoSend,
  }),
);
