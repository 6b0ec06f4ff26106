/** Injection tokens for what the notifications module is given rather than builds. */
export const NOTIFICATIONS_DB = Symbol('NOTIFICATIONS_DB');
export const CLOCK = Symbol('CLOCK');

export type Clock = () => Date;
