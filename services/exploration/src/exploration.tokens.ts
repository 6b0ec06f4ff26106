/** The zone in which "3 business days" are counted (the institution's; members' own come later). */
export const EXPLORATION_TIME_ZONE = Symbol('EXPLORATION_TIME_ZONE');

/** The topic the goals' integration events are published on, which the institution tallies read. */
export const EXPLORATION_GOALS_TOPIC = Symbol('EXPLORATION_GOALS_TOPIC');
