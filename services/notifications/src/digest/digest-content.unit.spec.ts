import type { MemberItem } from '../domain/notification';
import { renderMemberItem } from '../templates/member-items';
import { type DigestEntry, digestSections, renderDigest } from './digest-content';

const publicUrl = 'https://console.rapport.test';
const branding = { institutionName: 'Uni <A> & Co', accentColour: '#7a1f3d' };
const timeZone = 'America/New_York';
const ids = (n: number) => ({
  memberId: 'member-ada',
  contactId: `c-${n}`,
  relationshipId: `rel-${n}`,
});

/** An entry as the inbox holds it: the reminder's own title and link. */
function entry(id: string, item: MemberItem, contactName: string, held = false): DigestEntry {
  const rendered = renderMemberItem(item, { branding, timeZone, publicUrl, contactName });
  return {
    id,
    kind: item.kind,
    title: rendered.title,
    actionUrl: rendered.actionUrl,
    at: item.dueAt,
    held,
  };
}

// Due times on Monday 9 March 2026, the day after New York moved to daylight time (UTC−4).
const mixed: DigestEntry[] = [
  entry(
    'n-keep',
    { kind: 'keep-in-touch-due', ...ids(4), dueAt: Date.parse('2026-03-09T13:00:00Z'), cycle: 1 },
    'Lin',
  ),
  entry(
    'n-thanks',
    {
      kind: 'thank-you-due',
      ...ids(3),
      dueAt: Date.parse('2026-03-09T12:00:00Z'),
      overdue: true,
      interviewCompletedAt: Date.parse('2026-03-07T15:00:00Z'),
    },
    'Grace',
  ),
  entry(
    'n-interview',
    {
      kind: 'interview-reminder',
      ...ids(2),
      dueAt: Date.parse('2026-03-09T14:30:00Z'),
      hoursBefore: 24,
      interviewAt: Date.parse('2026-03-10T14:30:00Z'),
    },
    'Katherine',
  ),
  entry(
    'n-follow-2',
    { kind: 'follow-up-due', ...ids(1), dueAt: Date.parse('2026-03-09T03:15:00Z'), sequence: 2 },
    "Seán O'Brien <CTO>",
    true,
  ),
  entry(
    'n-follow-1',
    { kind: 'follow-up-due', ...ids(5), dueAt: Date.parse('2026-03-09T11:00:00Z'), sequence: 1 },
    'Mary',
  ),
];

describe('digest content for a member with mixed due items', () => {
  const sections = digestSections(mixed);
  const rendered = renderDigest(sections, {
    branding,
    timeZone,
    localDate: '2026-03-09',
    publicUrl,
    memberName: 'Ada <Lovelace>',
  });

  it('groups items by what to do, in acting order, earliest first within a group', () => {
    expect(sections.map((s) => [s.heading, s.entries.map((e) => e.id)])).toEqual([
      ['Follow-ups to send', ['n-follow-2', 'n-follow-1']],
      ['Conversations to prepare for', ['n-interview']],
      ['Thank-yous to write', ['n-thanks']],
      ['People to get back in touch with', ['n-keep']],
    ]);
  });

  it('lists an item found both in the inbox and among the held emails once', () => {
    const twice = digestSections([...mixed, { ...mixed[3]!, held: false }]);
    expect(twice.flatMap((s) => s.entries).filter((e) => e.id === 'n-follow-2')).toHaveLength(1);
  });

  it('is named after the member’s date and counts what is in it', () => {
    expect(rendered.subject).toBe('Your networking for Monday 9 March');
    expect(rendered.title).toBe(rendered.subject);
    expect(rendered.summary).toBe(
      '5 things to act on: follow-ups to send (2), conversations to prepare for (1), thank-yous to write (1), people to get back in touch with (1).',
    );
  });

  it('reads as plain text: sections in order, each item with its local due time and link', () => {
    const text = rendered.text;
    const at = (needle: string) => {
      const index = text.indexOf(needle);
      expect(index).toBeGreaterThanOrEqual(0);
      return index;
    };
    expect(text.startsWith('Your networking for Monday 9 March\n')).toBe(true);
    expect(text).toContain('Hello Ada <Lovelace>,');
    expect(text).toContain('One of them was kept back during your quiet hours');
    const order = [
      at('FOLLOW-UPS TO SEND'),
      at(
        "- Time for your second follow-up with Seán O'Brien <CTO> (due Sun 8 Mar, 23:15 GMT-4, held during quiet hours)",
      ),
      at('- Time for your first follow-up with Mary (due Mon 9 Mar, 07:00 GMT-4)'),
      at('CONVERSATIONS TO PREPARE FOR'),
      at('- Your conversation with Katherine is in 1 day (due Mon 9 Mar, 10:30 GMT-4)'),
      at('THANK-YOUS TO WRITE'),
      at('- Your thank-you to Grace is overdue (due Mon 9 Mar, 08:00 GMT-4)'),
      at('PEOPLE TO GET BACK IN TOUCH WITH'),
      at('- Time to get back in touch with Lin (due Mon 9 Mar, 09:00 GMT-4)'),
      at(`Open your inbox: ${publicUrl}/inbox`),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(
      `  ${publicUrl}/members/member-ada/relationships/rel-1?action=follow-up`,
    );
    expect(text).toContain(`  ${publicUrl}/members/member-ada/relationships/rel-2?action=prepare`);
    expect(text).toContain(
      `  ${publicUrl}/members/member-ada/relationships/rel-3?action=thank-you`,
    );
    expect(text).toContain(
      `  ${publicUrl}/members/member-ada/relationships/rel-4?action=keep-in-touch`,
    );
    expect(text).toContain('at Uni <A> & Co.');
  });

  it('renders HTML with the institution’s branding, escaped names and a link per item', () => {
    const html = rendered.html;
    expect(html).toContain(
      '<h1 style="font-size:20px;margin:0 0 16px">Your networking for Monday 9 March</h1>',
    );
    expect(html).toContain('Uni &lt;A&gt; &amp; Co · Rapport');
    expect(html).toContain('background:#7a1f3d');
    expect(html).toContain('Hello Ada &lt;Lovelace&gt;,');
    expect(html).toContain('Seán O&#39;Brien &lt;CTO&gt;');
    expect(html).not.toContain('<CTO>');
    expect(html).not.toContain('<Lovelace>');
    for (const n of [1, 2, 3, 4, 5]) {
      expect(html).toContain(
        `<a href="${publicUrl}/members/member-ada/relationships/rel-${n}?action=`,
      );
    }
    const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Follow-ups to send',
      'Conversations to prepare for',
      'Thank-yous to write',
      'People to get back in touch with',
    ]);
    expect(html).toContain('due Sun 8 Mar, 23:15 GMT-4, held during quiet hours');
  });

  it('has nothing to show when nothing came due', () => {
    expect(digestSections([])).toEqual([]);
  });
});
