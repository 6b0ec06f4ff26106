import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { GUIDANCE_RULES, type GuidanceRuleId } from '../guidance-rules';
import { type DraftMessage } from '../guidance.types';
import { WRITTEN_SPLITS, type WrittenSplit, writtenSplitOf } from './written-splits';

export type CorpusSplit = 'training' | 'held-out';

const ruleId = z.enum(Object.keys(GUIDANCE_RULES) as [GuidanceRuleId, ...GuidanceRuleId[]]);

const corpusMessage = z.strictObject({
  id: z.string().min(1),
  split: z.enum(['training', 'held-out']),
  channel: z.enum(['email', 'linkedin', 'text', 'phone']),
  register: z.enum(['formal', 'casual', 'non-native']),
  subject: z.string().optional(),
  // Lines rather than one string with "\n" escapes, so a reviewer can read the message as written.
  body: z.array(z.string()).min(1),
  mustFire: z.array(ruleId),
  mustNotFire: z.array(ruleId),
  note: z.string().optional(),
});

// A split may be empty: the held-out split is emptied when its messages join training and stays so
// until the next one, written without seeing the rules, is put in.
const corpusFile = z.strictObject({
  split: z.enum(['training', 'held-out']),
  messages: z.array(corpusMessage),
});

export type CorpusMessage = z.output<typeof corpusMessage>;

/** One labelled message of the guidance corpus (see corpus/README.md). */
export interface LabelledDraft {
  id: string;
  register: CorpusMessage['register'];
  draft: DraftMessage;
  mustFire: readonly GuidanceRuleId[];
  mustNotFire: readonly GuidanceRuleId[];
}

/**
 * The messages of one split, validated: a rule listed on both sides, a duplicate id or a message
 * filed under the wrong split is a mistake in the corpus, and scoring it would hide that.
 */
export function loadGuidanceCorpus(split: CorpusSplit): LabelledDraft[] {
  if (split === 'held-out') {
    return parseGuidanceCorpus(split, readFileSync(path.join(__dirname, 'held-out.json'), 'utf8'));
  }
  return loadTrainingFiles(path.join(__dirname, 'training'));
}

/**
 * The training split is kept as one file per written split (training/<split>.json, e.g.
 * `training/held-out-21a.json`), in the order of WRITTEN_SPLITS: one file of all of them passed 5
 * MiB in the eleventh round, and a spent held-out split joins training as a file of its own. A
 * message filed under another split's file, a file no split names, or a split without a file is a
 * mistake in the corpus.
 */
export function loadTrainingFiles(folder: string): LabelledDraft[] {
  const expected = new Set(WRITTEN_SPLITS.map(trainingFileName));
  const stray = readdirSync(folder).filter((name) => name.endsWith('.json') && !expected.has(name));
  if (stray.length > 0) throw new Error(`training files of no written split: ${stray.join(', ')}`);
  return WRITTEN_SPLITS.flatMap((written) => {
    const name = trainingFileName(written);
    const messages = parseGuidanceCorpus('training', readFileSync(path.join(folder, name), 'utf8'));
    const misfiled = messages.find((message) => writtenSplitOf(message.id) !== written);
    if (misfiled !== undefined) {
      throw new Error(`corpus message ${misfiled.id} is filed under ${name}`);
    }
    return messages;
  });
}

/** The file of a written split in the training folder: "held-out 21a" → "held-out-21a.json". */
export function trainingFileName(split: WrittenSplit): string {
  return `${split.replace(/ /g, '-')}.json`;
}

/** The messages of one split from the text of its file (see `loadGuidanceCorpus`). */
export function parseGuidanceCorpus(split: CorpusSplit, text: string): LabelledDraft[] {
  const file = corpusFile.parse(JSON.parse(text));
  if (file.split !== split)
    throw new Error(`corpus file of the ${file.split} split read as ${split}`);
  const seen = new Set<string>();
  return file.messages.map((message) => {
    const both = message.mustFire.filter((rule) => message.mustNotFire.includes(rule));
    if (message.split !== split || seen.has(message.id) || both.length > 0) {
      throw new Error(`corpus message ${message.id} (${split}) is mislabelled`);
    }
    seen.add(message.id);
    const body = message.body.join('\n');
    return {
      id: message.id,
      register: message.register,
      draft:
        message.subject === undefined
          ? { channel: message.channel, body }
          : { channel: message.channel, subject: message.subject, body },
      mustFire: message.mustFire,
      mustNotFire: message.mustNotFire,
    };
  });
}
