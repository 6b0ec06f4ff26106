import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEARNED_PARTS, type LearnedPart } from './part-sentences';

/**
 * The committed weights of each part's detector, one file per part (models/<part>.json, null for a
 * part cross-validation left to its patterns), as read from disk, not yet validated. One file for
 * all five passed 5 MiB in the eleventh round (6.9 MB, 282,000 weights); apart, the largest is
 * under 2 MB and a retrain of one part touches one file.
 */
export function readPartModelFiles(): Readonly<Record<LearnedPart, unknown>> {
  return Object.fromEntries(
    LEARNED_PARTS.map((part) => [
      part,
      JSON.parse(readFileSync(path.join(__dirname, partModelPath(part)), 'utf8')) as unknown,
    ]),
  ) as Record<LearnedPart, unknown>;
}

/** Where the trainer writes a part's model, relative to this folder. */
export function partModelPath(part: LearnedPart): string {
  return `models/${part.replace(/^parts\./, '')}.json`;
}
