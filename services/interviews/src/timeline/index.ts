import { InterviewContacts } from './interview-contacts';
import { RelationshipTimeline } from './relationship-timeline';
import { RelationshipTimelineController } from './relationship-timeline.http.controller';

export { relationshipTimelineConsumer } from './relationship-timeline.consumer';
export { RelationshipTimeline } from './relationship-timeline';

/** What the interviews module lists for the timeline; its consumer goes in the service's consumers. */
export const timelineControllers = [RelationshipTimelineController];
export const timelineProviders = [RelationshipTimeline, InterviewContacts];
