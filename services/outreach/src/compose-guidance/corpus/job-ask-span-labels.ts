import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Where the job ask is in each training message that makes one: short fragments copied from the
 * subject or the body, inside the sentence that asks (eighth round; see README.md). Without them
 * the classifier learned from the sentences the rules found and, in an ask the rules missed, from
 * the sentence its own first pass scored highest, right or not.
 */
const spansFile = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));

export type JobAskSpans = z.output<typeof spansFile>;

/** The fragments of the training split, by message id (see job-ask-spans.json). */
export function loadJobAskSpans(): JobAskSpans {
  return parseJobAskSpans(readFileSync(path.join(__dirname, 'job-ask-spans.json'), 'utf8'));
}

export function parseJobAskSpans(text: string): JobAskSpans {
  return spansFile.parse(JSON.parse(text));
}
