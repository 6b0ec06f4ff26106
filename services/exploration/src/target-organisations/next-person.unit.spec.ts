import type { MemberActivityDocument } from './member-activity.projection';
import { organisationActivity, organisationKey } from './next-person';

// Tuesday 3 March 2026, 10:00 in London: three business days later is Friday 6 March, 10:00.
const askedAt = '2026-03-03T10:00:00.000Z';
const activity = (extra: Partial<MemberActivityDocument> = {}): MemberActivityDocument => ({
  _id: 'uni-a|m-ada',
  contacts: {
    'c-ho': { name: 'Lin Ho', organisation: 'Acme Analytics' },
    'c-ruiz': { name: 'Ana Ruiz', organisation: 'ACME analytics ' },
    'c-berg': { name: 'Tom Berg', organisation: 'Acme-Analytics' },
    'c-else': { name: 'Eve Else', organisation: 'Other Co' },
  },
  requests: { 'c-ho': { at: askedAt, channel: 'email' } },
  ...extra,
});
const at = (iso: string) => new Date(iso);

describe('an organisation’s activity', () => {
  it('matches organisation names whatever their case, spacing or punctuation', () => {
    expect(organisationKey(' ACME  Analytics, ')).toBe(organisationKey('acme-analytics'));
  });

  it('counts contacts, requests, replies and conversations there', () => {
    const doc = activity({
      requests: {
        'c-ho': { at: askedAt, channel: 'email' },
        'c-ruiz': { at: askedAt, channel: 'phone' },
        'c-else': { at: askedAt, channel: 'email' },
      },
      replies: { 'c-ho': '2026-03-04T10:00:00.000Z' },
      conversations: { 'c-ho': '2026-03-10T10:00:00.000Z' },
    });
    expect(
      organisationActivity('Acme Analytics', doc, at('2026-03-20T00:00:00Z'), 'Europe/London'),
    ).toEqual({
      contacts: 3,
      requests: 2,
      replies: 1,
      conversations: 1,
      nextPerson: null,
    });
  });

  it('suggests no one before 3 business days have passed (a weekend does not count)', () => {
    const thursday = at('2026-03-05T12:00:00Z');
    expect(
      organisationActivity('Acme Analytics', activity(), thursday, 'Europe/London').nextPerson,
    ).toBeNull();
    const fridayJustBefore = at('2026-03-06T09:59:00Z');
    expect(
      organisationActivity('Acme Analytics', activity(), fridayJustBefore, 'Europe/London')
        .nextPerson,
    ).toBeNull();
  });

  it('then suggests the first contact there, by name, who was never asked', () => {
    const friday = at('2026-03-06T10:00:00Z');
    expect(
      organisationActivity('Acme Analytics', activity(), friday, 'Europe/London').nextPerson,
    ).toEqual({
      contactId: 'c-ruiz',
      name: 'Ana Ruiz',
      becauseNoReplyFrom: 'c-ho',
      askedAt,
    });
  });

  it('suggests someone at once when the relationship workflow raised 3B7 for the latest request', () => {
    // The workflow's timers run on the institution's policy; its word is taken over this clock.
    const wednesday = at('2026-03-04T12:00:00Z');
    const raised = activity({ secondContactDue: { 'c-ho': '2026-03-04T11:00:00.000Z' } });
    expect(
      organisationActivity('Acme Analytics', raised, wednesday, 'Europe/London').nextPerson,
    ).toEqual({ contactId: 'c-ruiz', name: 'Ana Ruiz', becauseNoReplyFrom: 'c-ho', askedAt });
    // Once Ana was asked, her request is the latest and its own wait starts.
    const thenAsked = activity({
      secondContactDue: { 'c-ho': '2026-03-04T11:00:00.000Z' },
      requests: {
        'c-ho': { at: askedAt, channel: 'email' },
        'c-ruiz': { at: '2026-03-04T11:30:00.000Z', channel: 'email' },
      },
    });
    expect(
      organisationActivity('Acme Analytics', thenAsked, wednesday, 'Europe/London').nextPerson,
    ).toBeNull();
  });

  it('counts business days from a Friday request to the Wednesday after', () => {
    const doc = activity({
      requests: { 'c-ho': { at: '2026-03-06T10:00:00.000Z', channel: 'email' } },
    });
    expect(
      organisationActivity('Acme Analytics', doc, at('2026-03-10T23:00:00Z'), 'Europe/London')
        .nextPerson,
    ).toBeNull();
    expect(
      organisationActivity('Acme Analytics', doc, at('2026-03-11T10:00:00Z'), 'Europe/London')
        .nextPerson,
    ).not.toBeNull();
  });

  it('stops suggesting once anyone there answers, or when nobody is left to ask', () => {
    const late = at('2026-03-20T00:00:00Z');
    const answered = activity({ replies: { 'c-ho': '2026-03-09T10:00:00.000Z' } });
    expect(
      organisationActivity('Acme Analytics', answered, late, 'Europe/London').nextPerson,
    ).toBeNull();
    const allAsked = activity({
      requests: Object.fromEntries(
        ['c-ho', 'c-ruiz', 'c-berg'].map((id) => [id, { at: askedAt, channel: 'email' }]),
      ),
    });
    expect(
      organisationActivity('Acme Analytics', allAsked, late, 'Europe/London').nextPerson,
    ).toBeNull();
  });
});
