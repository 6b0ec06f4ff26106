import type { FuzzRequest } from '@rapport/platform/api-testing';
import { type Caller, describeApiFuzz } from '@rapport/testing/services';
import { startOutreachApp } from '../testing/outreach-test-app';

/**
 * The relationship workflow's system token for the follow-up it raises, the path's member for
 * member routes, and an admin for the institution's own (the funnel).
 */
const callerFor = (request: FuzzRequest): Caller => {
  if (request.path.includes('/follow-up-due')) {
    return { id: 'relationship-workflow', role: 'system' };
  }
  return request.params['memberId']
    ? { id: request.params['memberId'], role: 'member' }
    : { id: 'fuzz-admin', role: 'admin' };
};

describeApiFuzz('outreach', { start: startOutreachApp, seed: 14, callerFor });
