/** The zone in which "3 business days" are counted (the institution's; members' own come later). */
export const EXPLORATION_TIME_ZONE = Symbol('EXPLORATION_TIME_ZONE');
