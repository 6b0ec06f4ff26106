import { createHash } from 'node:crypto';
import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { TimelineEntry, TimelineEventAt } from './timeline-entry';

export const RELATIONSHIP_TIMELINES = 'relationship_timelines';

/**
 * One document per relationship (`<tenant>|<relationship id>`), read by `_id` for the screen and
 * written by `_id` for each event. Entries are keyed by event, so however often an event arrives
 * its line is there once; a relationship gathers a few dozen lines over years, so the document
 * stays small and is ordered in memory when read.
 */
export interface TimelineDocument {
  _id: string;
  tenantId: string;
  memberId: string;
  contactId: string;
  relationshipId: string;
  entries?: Record<string, TimelineEntry>;
  /** The latest real contact (request, follow-up, answer, conversation, thanks, touch). */
  lastTouchAt?: Date;
}

export const timelineDocumentId = (tenantId: string, relationshipId: string): string =>
  `${tenantId}|${relationshipId}`;

/** A field name for an event id: ids may hold dots (`…:1` suffixes are fine, dots are not). */
export const entryKey = (eventId: string): string =>
  createHash('sha1').update(eventId).digest('base64url').slice(0, 22);

/**
 * Every event sets its own entry; a touch moves `lastTouchAt` forward only (`$max`), so events of
 * the outreach and interview streams may arrive in any order between them and agree in the end.
 * The store guards each change by the event's stream version as well (twice = once).
 */
export const timelineProjection: Projection<TimelineEventAt> = {
  name: RELATIONSHIP_TIMELINES,
  project({ tenantId, memberId, contactId, relationshipId, entry }): ProjectionChange[] {
    const $set = {
      tenantId,
      memberId,
      contactId,
      relationshipId,
      [`entries.${entryKey(entry.eventId)}`]: entry,
    };
    const update = entry.touch ? { $set, $max: { lastTouchAt: entry.at } } : { $set };
    return [{ id: timelineDocumentId(tenantId, relationshipId), update }];
  },
};
