import type { MemberItem } from '../domain/notification';
import { type Branding, memberLayout, memberText, type RenderedMail } from './layout';

/** What a member-facing message needs besides the item itself. */
export interface MemberRenderContext {
  readonly branding: Branding;
  readonly timeZone: string;
  /** Base URL of the console, without a trailing slash. */
  readonly publicUrl: string;
  /** The contact's name when the directory knows it. */
  readonly contactName?: string;
  readonly memberName?: string;
}

/** The short form shown in the in-app inbox and the digest, and the full email. */
export interface RenderedItem extends RenderedMail {
  readonly title: string;
  readonly summary: string;
  readonly actionUrl: string;
}

export function formatLocal(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(at));
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

function actionUrl(ctx: MemberRenderContext, item: MemberItem, action: string): string {
  const path = `/members/${encodeURIComponent(item.memberId)}/relationships/${encodeURIComponent(item.relationshipId)}`;
  return `${ctx.publicUrl}${path}?action=${action}`;
}

interface Copy {
  readonly title: string;
  readonly paragraphs: string[];
  readonly action: string;
  readonly label: string;
}

function copyFor(item: MemberItem, ctx: MemberRenderContext): Copy {
  const who = ctx.contactName ?? 'your contact';
  switch (item.kind) {
    case 'follow-up-due':
      return {
        title: `Time for your ${ordinal(item.sequence)} follow-up with ${who}`,
        paragraphs: [
          `You have not heard back from ${who} yet. A short, friendly note in the same thread is the usual next step: people are busy, and a first follow-up often brings the reply.`,
          'A draft is ready for you to read and adjust before it goes.',
          ...(item.suggestedContactId
            ? ['Meanwhile, there is someone else at the same organisation you could ask as well.']
            : []),
        ],
        action: 'follow-up',
        label: 'Review the follow-up',
      };
    case 'second-contact':
      return {
        title: `Ask a second person while you wait for ${who}`,
        paragraphs: [
          `Three business days have passed without an answer from ${who}. This is a good moment to write to another person at the same organisation; you will still follow up with ${who} in a few days.`,
        ],
        action: 'second-contact',
        label: 'Choose a second contact',
      };
    case 'interview-reminder':
      return {
        title:
          item.hoursBefore >= 24
            ? `Your conversation with ${who} is in ${Math.round(item.hoursBefore / 24)} day${item.hoursBefore >= 48 ? 's' : ''}`
            : `Your conversation with ${who} starts in ${item.hoursBefore} hour${item.hoursBefore === 1 ? '' : 's'}`,
        paragraphs: [
          `It is on ${formatLocal(item.interviewAt, ctx.timeZone)}.`,
          item.hoursBefore >= 24
            ? 'Read up on their organisation and recent news, and pick the few questions only they can answer. Keep to the time you asked for.'
            : 'Have your questions and a way to take notes at hand. End by asking who else you should talk to.',
        ],
        action: 'prepare',
        label: 'Open your question plan',
      };
    case 'thank-you-due':
      return item.overdue
        ? {
            title: `Your thank-you to ${who} is overdue`,
            paragraphs: [
              `Two days have passed since your conversation on ${formatLocal(item.interviewCompletedAt, ctx.timeZone)}. A thank-you is still worth sending today: name one thing you learnt and how you will use it.`,
            ],
            action: 'thank-you',
            label: 'Write the thank-you',
          }
        : {
            title: `Thank ${who} while the conversation is fresh`,
            paragraphs: [
              `You spoke on ${formatLocal(item.interviewCompletedAt, ctx.timeZone)}. Send your thank-you within 48 hours of it: mention something specific you learnt, and any follow-through you promised.`,
            ],
            action: 'thank-you',
            label: 'Write the thank-you',
          };
    case 'keep-in-touch-due':
      return {
        title: `Time to get back in touch with ${who}`,
        paragraphs: [
          item.lastTouchAt === undefined
            ? `It has been a while since you were last in touch with ${who}.`
            : `Your last contact with ${who} was on ${formatLocal(item.lastTouchAt, ctx.timeZone)}.`,
          'Share an article they would like, tell them how their advice worked out, or congratulate them on news. A short note keeps the relationship warm.',
        ],
        action: 'keep-in-touch',
        label: 'Log or send a note',
      };
    default: {
      const unknown: never = item;
      throw new Error(`no copy for ${JSON.stringify(unknown)}`);
    }
  }
}

/** The reminder for one due item, in the member's time zone, with a link to the action. */
export function renderMemberItem(item: MemberItem, ctx: MemberRenderContext): RenderedItem {
  const copy = copyFor(item, ctx);
  const url = actionUrl(ctx, item, copy.action);
  const footer = `You receive this because you use Rapport at ${ctx.branding.institutionName}. Change which reminders you get, and when, in your notification settings: ${ctx.publicUrl}/settings/notifications`;
  const parts = {
    heading: copy.title,
    paragraphs: copy.paragraphs,
    action: { label: copy.label, url },
    footer,
  };
  return {
    title: copy.title,
    summary: copy.paragraphs[0] ?? '',
    actionUrl: url,
    subject: copy.title,
    text: memberText(parts),
    html: memberLayout(ctx.branding, parts),
  };
}
