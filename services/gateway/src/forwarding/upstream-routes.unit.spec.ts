import { upstreamRouteOf } from './upstream-routes';

describe('the owner of a /v1 path', () => {
  it.each([
    ['/v1/members/ada/contacts', 'contacts', '/members/ada/contacts', 'ada'],
    [
      '/v1/members/ada/contacts/c-1/notes?x=1',
      'contacts',
      '/members/ada/contacts/c-1/notes?x=1',
      'ada',
    ],
    ['/v1/members/ada/pipeline', 'outreach', '/members/ada/pipeline', 'ada'],
    ['/v1/members/ada/interviews/i-1', 'interviews', '/members/ada/interviews/i-1', 'ada'],
    [
      '/v1/members/ada/inbox/unread-count',
      'notifications',
      '/members/ada/inbox/unread-count',
      'ada',
    ],
    [
      '/v1/members/ada/contacts/c-1/tags/skill/machine%20learning',
      'contacts',
      '/members/ada/contacts/c-1/tags/skill/machine%20learning',
      'ada',
    ],
    ['/v1/members/ada/goals/g-1', 'exploration', '/members/ada/goals/g-1', 'ada'],
    [
      '/v1/members/ada/target-organisations',
      'exploration',
      '/members/ada/target-organisations',
      'ada',
    ],
    ['/v1/members/ada/phone-calls/c-1', 'exploration', '/members/ada/phone-calls/c-1', 'ada'],
    [
      '/v1/question-bank/suggestions?goal=x',
      'interviews',
      '/question-bank/suggestions?goal=x',
      undefined,
    ],
    ['/v1/funnel', 'outreach', '/funnel', undefined],
    ['/v1/institution/branding', 'notifications', '/institution/branding', undefined],
  ])('%s → %s %s', (url, service, path, memberId) => {
    expect(upstreamRouteOf(url)).toEqual({ service, path, ...(memberId ? { memberId } : {}) });
  });

  it.each([
    '/v1/members/ada',
    '/v1/members/ada/secrets',
    '/v1/members/ada/toString',
    '/v1/constructor',
    '/v1/members/../admin/contacts',
    '/v1/members/ada%2Fbob/contacts',
    '/v1/members//contacts',
    '/v1/members/%2e%2e/contacts',
    '/v1/members/ada%5cbob/contacts',
    '/v1/unsubscribe',
    '/v1/webhooks/sendgrid/events',
    '/v2/members/ada/contacts',
    '/members/ada/contacts',
  ])('%s has none', (url) => {
    expect(upstreamRouteOf(url)).toBeUndefined();
  });
});
