import { z } from 'zod';
import { v1Change, v1Get, v1Path } from '../app/v1-client';
import type { Session } from '../session/session';

// The interviews service's answers (services/interviews, interview-responses.ts), fields shown.
export const FORMATS = ['video', 'phone', 'in_person'] as const;
export const FORMAT_LABELS = {
  video: 'Video call',
  phone: 'Phone',
  in_person: 'In person',
} as const;
const status = z.enum(['scheduled', 'cancelled', 'completed']);

const listed = z.object({
  interviewId: z.string(),
  contactId: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  timeZone: z.string(),
  format: z.enum(FORMATS),
  location: z.string().nullable().optional(),
  status,
  thankYou: z.string().nullable().optional(),
});
const interviewList = z.object({
  interviews: z.array(listed),
  toSchedule: z.array(z.object({ contactId: z.string(), since: z.string() })),
});
export type ListedInterview = z.infer<typeof listed>;
export type InterviewList = z.infer<typeof interviewList>;

const question = z.object({
  id: z.string(),
  text: z.string(),
  theme: z.string(),
  source: z.enum(['bank', 'custom']),
  asked: z.boolean(),
});
const commitment = z.object({ id: z.string(), text: z.string(), due: z.string() });
const interview = z.object({
  interviewId: z.string(),
  contactId: z.string(),
  status,
  version: z.number(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  timeZone: z.string(),
  format: z.enum(FORMATS),
  location: z.string().optional(),
  questionPlan: z.object({
    questions: z.array(question),
    introduction: z.string().optional(),
    agenda: z.string().optional(),
    researchNotes: z.string().optional(),
  }),
  // Only once completed: the conversation as recorded and what followed it.
  notes: z.string().optional(),
  adviceItems: z.array(z.string()).optional(),
  commitments: z.array(commitment).optional(),
  closingAsks: z
    .object({
      linkedin: z.boolean(),
      keepInTouch: z.boolean(),
      referrals: z.array(z.object({ referralId: z.string(), name: z.string() })),
    })
    .optional(),
  thankYouDraft: z.object({ subject: z.string(), body: z.string() }).nullable().optional(),
  thankYou: z.object({ channel: z.string(), sentAt: z.string() }).nullable().optional(),
  fulfilledCommitments: z.array(z.string()).optional(),
});
export type Interview = z.infer<typeof interview>;
export type PlannedQuestion = z.infer<typeof question>;
export type Commitment = z.infer<typeof commitment>;

export function fetchInterviews(memberId: string): Promise<InterviewList> {
  return v1Get(v1Path`/members/${memberId}/interviews`, interviewList);
}

export function fetchInterview(memberId: string, interviewId: string): Promise<Interview> {
  return v1Get(v1Path`/members/${memberId}/interviews/${interviewId}`, interview);
}

/** Where the browser downloads the calendar invitation (a plain GET with the session cookie). */
export function invitationHref(memberId: string, interviewId: string): string {
  return `${v1Path`/members/${memberId}/interviews/${interviewId}`}/invitation.ics`;
}

export interface NewInterview {
  readonly contactId: string;
  readonly startsAt: string;
  readonly timeZone: string;
  readonly durationMinutes: number;
  readonly format: (typeof FORMATS)[number];
  readonly location?: string;
  readonly organizer: { readonly name: string; readonly email: string };
  readonly attendee: { readonly name: string; readonly email: string };
}

/** The id is chosen here, so a retried schedule is the same interview, not a second one. */
export function scheduleInterview(session: Session, input: NewInterview): Promise<Interview> {
  const body = { interviewId: crypto.randomUUID(), ...input };
  return v1Change(
    session,
    'POST',
    v1Path`/members/${session.personId}/interviews`,
    body,
    interview,
  );
}

type ChangeRoute =
  'question-plan' | 'question-plan/suggestions' | 'complete' | 'thank-you' | 'thank-you/draft';

/** A change to one interview; the service answers with the interview as it now stands. */
export function changeInterview(
  session: Session,
  interviewId: string,
  route: ChangeRoute,
  body: unknown,
): Promise<Interview> {
  const path = `${v1Path`/members/${session.personId}/interviews/${interviewId}`}/${route}`;
  return v1Change(session, route === 'question-plan' ? 'PUT' : 'POST', path, body, interview);
}

export function markAsked(
  session: Session,
  interviewId: string,
  questionId: string,
  asked: boolean,
): Promise<Interview> {
  const path = v1Path`/members/${session.personId}/interviews/${interviewId}/question-plan/questions/${questionId}/asked`;
  return v1Change(session, 'POST', path, { asked }, interview);
}

export function fulfilCommitment(
  session: Session,
  interviewId: string,
  commitmentId: string,
): Promise<Interview> {
  const path = v1Path`/members/${session.personId}/interviews/${interviewId}/commitments/${commitmentId}/fulfil`;
  return v1Change(session, 'POST', path, {}, interview);
}

/** "Tue 9 Dec, 14:00" in the interview's own time zone, which is the one the invitation uses. */
export function whenLabel(item: Pick<ListedInterview, 'startsAt' | 'timeZone'>): string {
  const at = new Date(item.startsAt);
  const text = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: item.timeZone,
  }).format(at);
  return `${text} (${item.timeZone})`;
}
