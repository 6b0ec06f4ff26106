import { forwardToOutreachWriter } from '../shared/forward-to-outreach-writer';
import { CloseOutreachCommand, ReopenOutreachCommand } from './close-outreach.command';

/** Set aside at any point, for any reason; it keeps where it stood for a later reopen. */
export const CloseOutreachHandler = forwardToOutreachWriter(
  CloseOutreachCommand,
  ({ memberId, contactId, reason }, at) => ({
    type: 'CloseOutreach',
    memberId,
    contactId,
    at,
    reason,
  }),
);

export const ReopenOutreachHandler = forwardToOutreachWriter(
  ReopenOutreachCommand,
  ({ memberId, contactId }, at) => ({ type: 'ReopenOutreach', memberId, contactId, at }),
);
