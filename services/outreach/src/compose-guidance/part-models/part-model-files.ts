import { type LearnedPart } from './part-sentences';
import connection from './models/connection.json';
import flexibility from './models/flexibility.json';
import selfIntroduction from './models/self-introduction.json';
import signOff from './models/sign-off.json';
import whyYou from './models/why-you.json';

/**
 * The committed weights of each part's detector, one file per part (models/<part>.json, null for a
 * part cross-validation left to its patterns). One file for all five passed 5 MiB in the eleventh
 * round (6.9 MB, 282,000 weights); apart, the largest is under 2 MB and a retrain of one part
 * touches one file.
 */
export const PART_MODEL_FILES: Readonly<Record<LearnedPart, unknown>> = {
  'parts.self-introduction': selfIntroduction,
  'parts.connection': connection,
  'parts.why-you': whyYou,
  'parts.flexibility': flexibility,
  'parts.sign-off': signOff,
};

/** Where the trainer writes a part's model, relative to this folder. */
export function partModelPath(part: LearnedPart): string {
  return `models/${part.replace(/^parts\./, '')}.json`;
}
