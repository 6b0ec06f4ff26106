/** What the notifications module is given besides what every service gets from the skeleton. */
export const DISPATCHER_SETTINGS = Symbol('DISPATCHER_SETTINGS');
export const NOTIFICATIONS_LOGGER = Symbol('NOTIFICATIONS_LOGGER');
