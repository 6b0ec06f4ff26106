import {
  create,
  fromBinary,
  toBinary,
  type DescMessage,
  type MessageInitShape,
  type MessageShape,
} from '@bufbuild/protobuf';
import { type GenMessage } from '@bufbuild/protobuf/codegenv2';
import { InvalidPayloadError, UnknownEventTypeError } from './contract-errors';
import {
  ContactAddedSchema,
  ContactArchivedSchema,
  ContactClassifiedSchema,
  ContactDetailsChangedSchema,
  ContactErasedSchema,
  ContactRestoredSchema,
  ReferralRecordedSchema,
} from './gen/rapport/contacts/v1/contacts_pb';
import { CounterIncrementedSchema } from './gen/rapport/eventstore/v1/eventstore_pb';
import {
  FollowUpDueSchema,
  FollowUpSentSchema,
  OutreachClosedSchema,
  OutreachEmailRequestedSchema,
  OutreachMarkedUnresponsiveSchema,
  OutreachReopenedSchema,
  OutreachSentSchema,
  ResponseReceivedSchema,
} from './gen/rapport/outreach/v1/outreach_pb';
import {
  InterviewReminderDueSchema,
  KeepInTouchDueSchema,
  SecondContactSuggestedSchema,
  ThankYouDueSchema,
} from './gen/rapport/relationship/v1/relationship_pb';
import {
  InterviewCancelledSchema,
  InterviewCompletedSchema,
  InterviewRescheduledSchema,
  InterviewScheduledSchema,
  InvitationIssuedSchema,
  ThankYouEmailRequestedSchema,
  ThankYouSentSchema,
  TouchLoggedSchema,
} from './gen/rapport/interviews/v1/interviews_pb';
import {
  CalendarReplyReceivedSchema,
  ContactEmailBouncedSchema,
  EmailReplyReceivedSchema,
} from './gen/rapport/notifications/v1/notifications_pb';
import {
  BrandingChangedSchema,
  CoachAssignedSchema,
  CoachUnassignedSchema,
  InstitutionRegisteredSchema,
  PersonEnrolledSchema,
  PersonRemovedSchema,
  PersonRoleChangedSchema,
  PolicyChangedSchema,
} from './gen/rapport/institutions/v1/institutions_pb';
import {
  DecisionRecordedSchema,
  GoalCreatedSchema,
  ReflectionRecordedSchema,
} from './gen/rapport/exploration/v1/exploration_pb';

/** Every integration event that may travel in an Envelope. A new event is added here. */
export const EVENT_SCHEMAS = [
  ContactAddedSchema,
  ContactDetailsChangedSchema,
  ContactClassifiedSchema,
  ContactArchivedSchema,
  ContactRestoredSchema,
  ContactErasedSchema,
  ReferralRecordedSchema,
  OutreachSentSchema,
  OutreachEmailRequestedSchema,
  FollowUpDueSchema,
  FollowUpSentSchema,
  ResponseReceivedSchema,
  OutreachMarkedUnresponsiveSchema,
  OutreachClosedSchema,
  OutreachReopenedSchema,
  SecondContactSuggestedSchema,
  InterviewReminderDueSchema,
  ThankYouDueSchema,
  KeepInTouchDueSchema,
  EmailReplyReceivedSchema,
  ContactEmailBouncedSchema,
  CalendarReplyReceivedSchema,
  InterviewScheduledSchema,
  InterviewRescheduledSchema,
  InterviewCancelledSchema,
  InterviewCompletedSchema,
  ThankYouSentSchema,
  TouchLoggedSchema,
  InvitationIssuedSchema,
  ThankYouEmailRequestedSchema,
  CounterIncrementedSchema,
  InstitutionRegisteredSchema,
  PersonEnrolledSchema,
  PersonRoleChangedSchema,
  PersonRemovedSchema,
  CoachAssignedSchema,
  CoachUnassignedSchema,
  PolicyChangedSchema,
  BrandingChangedSchema,
  GoalCreatedSchema,
  ReflectionRecordedSchema,
  DecisionRecordedSchema,
] as const;

export type EventSchema = (typeof EVENT_SCHEMAS)[number];
/** Union of all registered events, discriminated by `$typeName`. */
export type EventMessage = MessageShape<EventSchema>;
/** A registered protobuf type name, e.g. `rapport.contacts.v1.ContactAdded`. */
export type EventTypeName = EventMessage['$typeName'];
export type EventOf<T extends EventTypeName> = Extract<EventMessage, { $typeName: T }>;
export type EventInit<T extends EventTypeName> = MessageInitShape<GenMessage<EventOf<T>>>;

const registry: ReadonlyMap<string, EventSchema> = new Map(
  EVENT_SCHEMAS.map((schema) => [schema.typeName, schema]),
);

export const EVENT_TYPE_NAMES: readonly EventTypeName[] = EVENT_SCHEMAS.map(
  (schema) => schema.typeName,
);

export function isEventTypeName(typeName: string): typeName is EventTypeName {
  return registry.has(typeName);
}

/** The generated schema of a registered event; throws UnknownEventTypeError otherwise. */
export function eventSchemaFor<T extends EventTypeName>(typeName: T): GenMessage<EventOf<T>>;
export function eventSchemaFor(typeName: string): EventSchema;
export function eventSchemaFor(typeName: string): EventSchema {
  const schema = registry.get(typeName);
  if (schema === undefined) throw new UnknownEventTypeError(typeName);
  return schema;
}

/** Encodes an event (a message or its init object) as the bytes of Envelope.payload. */
export function encodePayload<T extends EventTypeName>(
  typeName: T,
  message: EventInit<T>,
): Uint8Array;
export function encodePayload(typeName: string, message: MessageInitShape<DescMessage>): Uint8Array;
export function encodePayload(
  typeName: string,
  message: MessageInitShape<DescMessage>,
): Uint8Array {
  // Widened to DescMessage: the overloads above already tie the message to its schema.
  const schema: DescMessage = eventSchemaFor(typeName);
  const declared: unknown = message['$typeName'];
  // create() would silently copy only the matching fields of a different message type.
  if (declared !== undefined && declared !== typeName) {
    const actual = typeof declared === 'string' ? declared : 'unknown';
    throw new InvalidPayloadError(typeName, `got a message of type "${actual}"`);
  }
  return toBinary(schema, create(schema, message));
}

/**
 * Decodes Envelope.payload bytes. Unknown fields are kept, not rejected, so that consumers on
 * an older contract still accept events from producers that added a field.
 */
export function decodePayload<T extends EventTypeName>(typeName: T, bytes: Uint8Array): EventOf<T>;
export function decodePayload(typeName: string, bytes: Uint8Array): EventMessage;
export function decodePayload(typeName: string, bytes: Uint8Array): EventMessage {
  const schema = eventSchemaFor(typeName);
  try {
    return fromBinary(schema, bytes);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InvalidPayloadError(typeName, detail, { cause: error });
  }
}
