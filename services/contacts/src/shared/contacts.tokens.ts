/** Injection tokens for what the contacts module is given rather than builds. */
export const CONTACTS_DB = Symbol('CONTACTS_DB');
export const CLOCK = Symbol('CLOCK');
export const NEW_ID = Symbol('NEW_ID');

export type Clock = () => Date;
export type NewId = () => string;
