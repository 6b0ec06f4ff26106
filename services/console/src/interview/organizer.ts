import { z } from 'zod';
import { ProblemError } from '../app/problem';
import { v1Get, v1Path } from '../app/v1-client';

const preferences = z.object({ email: z.string().nullable(), displayName: z.string().nullable() });

/**
 * The member's name and address for an invitation, from their notification settings (the only
 * place Rapport keeps them); blank when not saved yet, so the form asks.
 */
export async function fetchOrganizer(memberId: string) {
  try {
    const found = await v1Get(v1Path`/members/${memberId}/notification-preferences`, preferences);
    return { name: found.displayName ?? '', email: found.email ?? '' };
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return { name: '', email: '' };
    throw error;
  }
}
