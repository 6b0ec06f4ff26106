import { forwardToOutreachWriter } from '../shared/forward-to-outreach-writer';
import { RecordResponseCommand } from './record-response.command';

/** The contact answered: follow-ups stop, whatever timer is still running. */
export const RecordResponseHandler = forwardToOutreachWriter(
  RecordResponseCommand,
  ({ memberId, contactId, request }, at) => ({
    type: 'RecordResponse',
    memberId,
    contactId,
    at,
    ...request,
    recordedVia: 'member',
  }),
);
