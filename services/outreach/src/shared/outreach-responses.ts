import { z } from 'zod';
import { guidanceReportResponse } from '../check-guidance/check-guidance.response';
import { CHANNELS, RESPONSE_OUTCOMES } from '../domain/outreach.events';
import { ISO_WEEK_PATTERN } from '../institution-funnel/iso-week';
import { memberProfileRequest } from '../member-profile/member-profile.request';

// What the outreach API answers, as schemas for its OpenAPI document (and the fuzz that checks
// every answer against them). Times are ISO 8601 strings on the wire.

const at = z.iso.datetime({ offset: true });
const OPEN_STATUSES = [
  'drafted',
  'awaiting-reply',
  'follow-up-due',
  'responded',
  'unresponsive',
] as const;

const messageContent = z.object({
  channel: z.enum(CHANNELS),
  subject: z.string().optional(),
  body: z.string(),
});

/** outreachView, every status in one shape: the members after `autoSend` appear once sent. */
export const outreachResponse = z.object({
  memberId: z.string(),
  contactId: z.string(),
  relationshipId: z.string(),
  version: z.number().int().min(0),
  status: z.enum(['none', ...OPEN_STATUSES, 'closed']),
  autoSend: z.boolean(),
  draft: messageContent.nullable().optional(),
  channel: z.enum(CHANNELS).optional(),
  subject: z.string().nullable().optional(),
  sentThroughRapport: z.boolean().optional(),
  firstSentAt: at.optional(),
  lastSentAt: at.optional(),
  followUpsSent: z.number().int().min(0).optional(),
  pendingFollowUp: z
    .object({
      sequence: z.number().int(),
      dueAt: at,
      draft: messageContent,
      suggestedContactId: z.string().optional(),
    })
    .nullable()
    .optional(),
  outcome: z.enum(RESPONSE_OUTCOMES).optional(),
  respondedAt: at.optional(),
  suggestion: z.string().optional(),
  statusBeforeClose: z.enum(OPEN_STATUSES).optional(),
  closedAt: at.optional(),
  closeReason: z.string().nullable().optional(),
});

/** GET of one outreach: the view with its history, newest last. */
export const outreachWithHistoryResponse = outreachResponse.extend({
  history: z.array(
    z.object({
      version: z.number().int(),
      type: z.string(),
      at,
      detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    }),
  ),
});

export const draftResponse = outreachResponse.extend({ guidance: guidanceReportResponse });

export const followUpDueResponse = outreachResponse.extend({
  raised: z.boolean(),
  autoSent: z.boolean(),
  autoSendSkipped: z.string().nullable(),
});

export const composedDraftResponse = z.object({
  kind: z.string(),
  channel: z.enum(CHANNELS),
  subject: z.string().optional(),
  body: z.string(),
  missingFields: z.array(z.string()),
  guidance: guidanceReportResponse,
});

const BOARD_COLUMNS = [
  'drafted',
  'awaiting-reply',
  'follow-up-due',
  'responded',
  'closed',
] as const;
const count = z.number().int().min(0);

const boardCard = z.object({
  contactId: z.string(),
  relationshipId: z.string(),
  name: z.string().nullable(),
  organisation: z.string().nullable(),
  column: z.enum(BOARD_COLUMNS),
  status: z.enum([...OPEN_STATUSES, 'closed']),
  channel: z.string().nullable(),
  followUpsSent: count,
  lastSentAt: at.nullable(),
  nextDue: z.object({ at, expected: z.boolean() }).nullable(),
  suggestedContactId: z.string().nullable(),
  outcome: z.string().nullable(),
});

/** The member's board: cards per column, most pressing first, with counts. */
export const pipelineBoardResponse = z.object({
  total: count,
  counts: z.object(Object.fromEntries(BOARD_COLUMNS.map((column) => [column, count]))),
  columns: z.object(
    Object.fromEntries(BOARD_COLUMNS.map((column) => [column, z.array(boardCard)])),
  ),
});

export const institutionFunnelResponse = z.object({
  scope: z.enum(['institution', 'assigned-members']),
  members: count,
  requestsSent: count,
  responses: count,
  replyRate: z.number().nullable(),
  medianDaysToReply: z.number().nullable(),
  followUpsPerReply: z.number().nullable(),
  outcomes: z.object(Object.fromEntries(RESPONSE_OUTCOMES.map((outcome) => [outcome, count]))),
});

const isoWeek = z.string().regex(ISO_WEEK_PATTERN);
export const funnelWeeksResponse = z.object({
  from: isoWeek,
  to: isoWeek,
  weeks: z.array(
    institutionFunnelResponse.omit({ scope: true, members: true }).extend({ week: isoWeek }),
  ),
});

export const memberProfileResponse = memberProfileRequest.extend({
  memberId: z.string(),
  updatedAt: at,
});
