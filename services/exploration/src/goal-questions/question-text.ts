import { z } from 'zod';

/** One question the member wants answered, as they wrote it. */
export const questionText = z.string().trim().min(1).max(300);
