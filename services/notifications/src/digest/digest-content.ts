import type { MemberNotificationKind } from '../domain/notification';
import {
  type Branding,
  type LayoutSection,
  memberLayout,
  memberText,
  type RenderedMail,
} from '../templates/layout';

/** One thing that came due, as the inbox or the held email recorded it. */
export interface DigestEntry {
  /** The notification's id: an item both in the inbox and held appears once. */
  readonly id: string;
  readonly kind: MemberNotificationKind;
  readonly title: string;
  readonly actionUrl: string;
  /** When it came due, epoch ms. */
  readonly at: number;
  /** Its own email was kept back during the member's quiet hours. */
  readonly held: boolean;
}

export interface DigestSection {
  readonly kind: MemberNotificationKind;
  readonly heading: string;
  readonly entries: readonly DigestEntry[];
}

/** The digest's groups, in the order a member would act on them. */
const SECTIONS: ReadonlyArray<{ kind: MemberNotificationKind; heading: string }> = [
  { kind: 'follow-up-due', heading: 'Follow-ups to send' },
  { kind: 'second-contact', heading: 'Second people to ask' },
  { kind: 'interview-reminder', heading: 'Conversations to prepare for' },
  { kind: 'thank-you-due', heading: 'Thank-yous to write' },
  { kind: 'keep-in-touch-due', heading: 'People to get back in touch with' },
];

/** Groups entries by kind (each once, earliest first); groups with nothing are left out. */
export function digestSections(entries: readonly DigestEntry[]): DigestSection[] {
  const unique = [...new Map(entries.map((entry) => [entry.id, entry])).values()].sort(
    (a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return SECTIONS.map(({ kind, heading }) => ({
    kind,
    heading,
    entries: unique.filter((entry) => entry.kind === kind),
  })).filter((section) => section.entries.length > 0);
}

export interface DigestRenderContext {
  readonly branding: Branding;
  readonly timeZone: string;
  /** The member's date the digest is for, YYYY-MM-DD. */
  readonly localDate: string;
  /** Base URL of the console, without a trailing slash. */
  readonly publicUrl: string;
  readonly memberName?: string;
}

export interface RenderedDigest extends RenderedMail {
  readonly title: string;
  readonly summary: string;
  readonly actionUrl: string;
}

/** "Tuesday 3 March" for 2026-03-03: a calendar date, so formatted in UTC, not in a zone. */
function longDate(localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

function whenDue(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(at);
}

const things = (n: number) => (n === 1 ? 'one thing' : `${n} things`);

/** The digest as mail and as an inbox item: sections of linked items, times in the member's zone. */
export function renderDigest(
  sections: readonly DigestSection[],
  ctx: DigestRenderContext,
): RenderedDigest {
  const count = sections.reduce((sum, section) => sum + section.entries.length, 0);
  const heldCount = sections.reduce(
    (sum, section) => sum + section.entries.filter((entry) => entry.held).length,
    0,
  );
  const title = `Your networking for ${longDate(ctx.localDate)}`;
  const summary = `${things(count)} to act on: ${sections
    .map((section) => `${section.heading.toLowerCase()} (${section.entries.length})`)
    .join(', ')}.`;
  const paragraphs = [
    ctx.memberName ? `Hello ${ctx.memberName},` : 'Hello,',
    `Here is what came due since your last digest: ${summary}`,
    ...(heldCount > 0
      ? [
          `${heldCount === 1 ? 'One of them was' : `${heldCount} of them were`} kept back during your quiet hours instead of being emailed on its own.`,
        ]
      : []),
  ];
  const layoutSections: LayoutSection[] = sections.map((section) => ({
    heading: section.heading,
    items: section.entries.map((entry) => ({
      title: entry.title,
      detail: `due ${whenDue(entry.at, ctx.timeZone)}${entry.held ? ', held during quiet hours' : ''}`,
      url: entry.actionUrl,
    })),
  }));
  const actionUrl = `${ctx.publicUrl}/inbox`;
  const parts = {
    heading: title,
    paragraphs,
    sections: layoutSections,
    action: { label: 'Open your inbox', url: actionUrl },
    footer: `You receive this daily digest because it is turned on for your Rapport account at ${ctx.branding.institutionName}. Change its time or turn it off in your notification settings: ${ctx.publicUrl}/settings/notifications`,
  };
  return {
    title,
    summary,
    actionUrl,
    subject: title,
    text: memberText(parts),
    html: memberLayout(ctx.branding, parts),
  };
}
