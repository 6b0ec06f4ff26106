/** Injection tokens for what the outreach module is given rather than builds. */
export const OUTREACH_DB = Symbol('OUTREACH_DB');
export const CLOCK = Symbol('CLOCK');
export const NEW_ID = Symbol('NEW_ID');

export type Clock = () => Date;
export type NewId = () => string;
