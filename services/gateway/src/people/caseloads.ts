import type { Collection, Db } from 'mongodb';
import {
  directoryKey,
  type DirectoryDocument,
  PEOPLE_DIRECTORY,
  sinceKey,
} from '../institutions/projections/institution-read-models';

export interface CaseloadMember {
  readonly memberId: string;
  readonly displayName: string;
  /** Absent for assignments recorded before the directory kept the time. */
  readonly assignedSince?: string;
}

export interface CaseloadPage {
  readonly members: readonly CaseloadMember[];
  /** The cursor of the next page, when there is one. */
  readonly next?: string;
}

type Position = readonly [since: string, memberId: string];

const cursorOf = (position: Position) =>
  Buffer.from(JSON.stringify(position)).toString('base64url');

/** The position a cursor names; undefined when it is not one of ours. */
export function positionOf(cursor: string): Position | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed.every((part) => typeof part === 'string')
      ? [parsed[0] as string, parsed[1] as string]
      : undefined;
  } catch {
    return undefined;
  }
}

const after = (a: Position, b: Position) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

/**
 * A coach's caseload, read by `_id`: the coach's directory document holds the members and since
 * when (a caseload is tens, not thousands), each page's names come from the members' own
 * documents. Ordered by assignment time, then id, so the cursor (the last position shown) holds
 * its place when members are assigned or let go between pages.
 */
export class Caseloads {
  private readonly people: Collection<DirectoryDocument>;

  constructor(db: Db) {
    this.people = db.collection<DirectoryDocument>(PEOPLE_DIRECTORY);
  }

  /** Undefined when the institution has no such coach (never enrolled, removed, or another role). */
  async page(
    tenantId: string,
    coachId: string,
    page: { after?: Position; limit: number },
  ): Promise<CaseloadPage | undefined> {
    const coach = await this.people.findOne({ _id: directoryKey(tenantId, coachId) });
    if (!coach || coach.status !== 'enrolled' || coach.role !== 'coach') return undefined;
    const positions = coach.assignedMemberIds
      .map((memberId): Position => [coach.assignedSince?.[sinceKey(memberId)] ?? '', memberId])
      .sort((a, b) => (after(a, b) ? 1 : after(b, a) ? -1 : 0))
      .filter((position) => !page.after || after(position, page.after));
    const shown = positions.slice(0, page.limit);
    const members = await Promise.all(
      shown.map(async ([since, memberId]) => {
        const member = await this.people.findOne({ _id: directoryKey(tenantId, memberId) });
        return {
          memberId,
          displayName: member?.displayName ?? memberId,
          ...(since ? { assignedSince: since } : {}),
        };
      }),
    );
    const last = shown.at(-1);
    return positions.length > shown.length && last
      ? { members, next: cursorOf(last) }
      : { members };
  }
}
