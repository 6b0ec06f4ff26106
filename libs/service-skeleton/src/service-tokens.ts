/**
 * What every service's module is given rather than builds, declared once: the service's own
 * database, its Kafka client, business time and new ids (both replaceable in tests).
 */
export const DB = Symbol('DB');
export const KAFKA = Symbol('KAFKA');
export const CLOCK = Symbol('CLOCK');
export const NEW_ID = Symbol('NEW_ID');

export type Clock = () => Date;
export type NewId = () => string;

export const systemClock: Clock = () => new Date();
export const randomId: NewId = () => crypto.randomUUID();
