import type { DirectoryEntry } from '../contact-directory/member-directory.projection';
import type { PipelineCard } from '../projections/pipeline-card.projection';

export const BOARD_COLUMNS = [
  'drafted',
  'awaiting-reply',
  'follow-up-due',
  'responded',
  'closed',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

/** The default cadence: without a raised follow-up, the next one is expected this long after the last send. */
export const EXPECTED_FOLLOW_UP_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BoardCard {
  readonly contactId: string;
  readonly relationshipId: string;
  readonly name: string | null;
  readonly organisation: string | null;
  readonly column: BoardColumn;
  readonly status: PipelineCard['openStatus'] | 'closed';
  readonly channel: string | null;
  readonly followUpsSent: number;
  readonly lastSentAt: Date | null;
  /** A raised follow-up's date, or (expected: true) when the default cadence would raise one. */
  readonly nextDue: { readonly at: Date; readonly expected: boolean } | null;
  readonly suggestedContactId: string | null;
  readonly outcome: string | null;
}

/** Closed and unresponsive share a column: both are set aside until the member reopens them. */
export function columnOf(card: PipelineCard): BoardColumn {
  if (card.closedAt || card.openStatus === 'unresponsive') return 'closed';
  return card.openStatus;
}

function nextDueOf(card: PipelineCard, column: BoardColumn): BoardCard['nextDue'] {
  if (column === 'follow-up-due' && card.pendingDueAt) {
    return { at: card.pendingDueAt, expected: false };
  }
  if (column === 'awaiting-reply' && card.lastSentAt) {
    return {
      at: new Date(card.lastSentAt.getTime() + EXPECTED_FOLLOW_UP_DAYS * DAY_MS),
      expected: true,
    };
  }
  return null;
}

export function boardCard(card: PipelineCard, contact: DirectoryEntry | undefined): BoardCard {
  const column = columnOf(card);
  const named = contact?.givenName !== undefined && contact.familyName !== undefined;
  return {
    contactId: card.contactId,
    relationshipId: card.relationshipId,
    name: named ? `${contact.givenName} ${contact.familyName}` : null,
    organisation: contact?.organisation ?? null,
    column,
    status: card.closedAt ? 'closed' : card.openStatus,
    channel: card.channel ?? null,
    followUpsSent: card.followUpsSent ?? 0,
    lastSentAt: card.lastSentAt ?? null,
    nextDue: nextDueOf(card, column),
    suggestedContactId: card.suggestedContactId ?? null,
    outcome: card.outcome ?? null,
  };
}

const sortTime = (card: BoardCard, doc: PipelineCard): number =>
  (card.nextDue?.at ?? card.lastSentAt ?? doc.draftedAt ?? doc.updatedAt).getTime();

/** The board: cards per column, most pressing first (earliest due, then oldest), and counts. */
export function pipelineBoard(
  cards: readonly PipelineCard[],
  directory: ReadonlyMap<string, DirectoryEntry>,
) {
  const placed = cards
    .map((doc) => ({ doc, card: boardCard(doc, directory.get(doc.contactId)) }))
    .sort(
      (a, b) =>
        sortTime(a.card, a.doc) - sortTime(b.card, b.doc) ||
        a.card.contactId.localeCompare(b.card.contactId),
    );
  const columns = Object.fromEntries(
    BOARD_COLUMNS.map((column) => [
      column,
      placed.filter(({ card }) => card.column === column).map(({ card }) => card),
    ]),
  ) as Record<BoardColumn, BoardCard[]>;
  const counts = Object.fromEntries(
    BOARD_COLUMNS.map((column) => [column, columns[column].length]),
  ) as Record<BoardColumn, number>;
  return { total: cards.length, counts, columns };
}

export type PipelineBoard = ReturnType<typeof pipelineBoard>;
