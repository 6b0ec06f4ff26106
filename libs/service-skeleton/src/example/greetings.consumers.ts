import type { ConsumerDeclaration } from '@rapport/messaging';
import { GreetingBoard } from './greeting-board';

/** Counts the contacts each member adds, from the contacts context's topic. */
export const contactsAdded = (topic: string): ConsumerDeclaration<GreetingBoard> => ({
  group: 'contacts-added',
  topics: [topic],
  uses: GreetingBoard,
  handle: (board, event) => board.countContactAdded(event),
});
