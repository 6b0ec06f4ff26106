import { z } from 'zod';
import { SOURCES, warmthOfSource, WARMTHS } from '../domain/contact-details';

/** Source is required; warmth follows from it unless the member says otherwise. */
export const classifyContactRequest = z
  .strictObject({ source: z.enum(SOURCES), warmth: z.enum(WARMTHS).optional() })
  .transform(({ source, warmth }) => ({ source, warmth: warmth ?? warmthOfSource(source) }));
export type ClassifyContactRequest = z.output<typeof classifyContactRequest>;
