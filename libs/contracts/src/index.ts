export * from './gen/rapport/envelope/v1/envelope_pb';
export * from './gen/rapport/contacts/v1/contacts_pb';
export * from './gen/rapport/eventstore/v1/eventstore_pb';
export * from './gen/rapport/outreach/v1/outreach_pb';
export * from './contract-errors';
export * from './topics';
export * from './event-registry';
export * from './envelope';
