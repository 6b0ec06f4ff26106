import { singleLine } from '@rapport/platform';

/** One question the member wants answered, as they wrote it. */
export const questionText = singleLine().trim().min(1).max(300);
