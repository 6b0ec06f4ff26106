import { renderMemberItem } from './member-items';

const ctx = {
  branding: { institutionName: 'Uni <A>', accentColour: '#7a1f3d' },
  timeZone: 'America/New_York',
  publicUrl: 'https://console.rapport.test',
  contactName: 'Grace "Amazing" Hopper',
};
const ids = { memberId: 'member ada', contactId: 'c-1', relationshipId: 'rel/1' };

describe('member reminders', () => {
  it('say when in the member’s zone and link to the exact action', () => {
    const rendered = renderMemberItem(
      {
        kind: 'interview-reminder',
        ...ids,
        dueAt: Date.parse('2026-03-09T14:00:00Z'),
        hoursBefore: 2,
        interviewAt: Date.parse('2026-03-09T16:00:00Z'),
      },
      ctx,
    );
    expect(rendered.subject).toBe(
      'Your conversation with Grace "Amazing" Hopper starts in 2 hours',
    );
    // 16:00 UTC on 9 March is noon in New York (daylight time began on 8 March 2026).
    expect(rendered.text).toContain('Monday 9 March at 12:00 GMT-4');
    expect(rendered.actionUrl).toBe(
      'https://console.rapport.test/members/member%20ada/relationships/rel%2F1?action=prepare',
    );
    expect(rendered.text).toContain(rendered.actionUrl);
  });

  it('escape names in HTML and keep the plain text as written', () => {
    const rendered = renderMemberItem(
      { kind: 'keep-in-touch-due', ...ids, dueAt: 0, cycle: 1 },
      ctx,
    );
    expect(rendered.html).toContain('Grace &quot;Amazing&quot; Hopper');
    expect(rendered.html).toContain('Uni &lt;A&gt; · Rapport');
    expect(rendered.html).not.toContain('"Amazing"');
    expect(rendered.html).toContain('background:#7a1f3d');
    expect(rendered.text).toContain('Grace "Amazing" Hopper');
  });

  it('tell an overdue thank-you from a reminder, and a first follow-up from a third', () => {
    const thanks = (overdue: boolean) =>
      renderMemberItem(
        { kind: 'thank-you-due', ...ids, dueAt: 0, overdue, interviewCompletedAt: 0 },
        ctx,
      ).subject;
    expect(thanks(false)).toBe('Thank Grace "Amazing" Hopper while the conversation is fresh');
    expect(thanks(true)).toBe('Your thank-you to Grace "Amazing" Hopper is overdue');
    const followUp = (sequence: number) =>
      renderMemberItem({ kind: 'follow-up-due', ...ids, dueAt: 0, sequence }, ctx).subject;
    expect(followUp(1)).toContain('first follow-up');
    expect(followUp(3)).toContain('third follow-up');
  });

  it('fall back to safe defaults for an unknown contact and a colour that is not a colour', () => {
    const rendered = renderMemberItem(
      { kind: 'second-contact', ...ids, dueAt: 0 },
      {
        ...ctx,
        contactName: undefined,
        branding: { institutionName: 'U', accentColour: 'red;x' },
      },
    );
    expect(rendered.subject).toBe('Ask a second person while you wait for your contact');
    expect(rendered.html).not.toContain('red;x');
  });
});
