import { type LabelledDraft } from '../corpus/guidance-corpus';
import { type JobAskSpans } from '../corpus/job-ask-span-labels';
import { type JobAskSentences, jobAskSentences } from './job-ask-cross-validation';

// A twin keeps its ask's message but for the line that asked (the writers change one line, and a
// changed line may read as two or three sentences); more changed than this is another message.
const MOST_CHANGED = 3;

/** A job ask and the near-miss twin written right after it, by the sentences that differ. */
export interface TwinPair {
  /** The ask's id; the twin is the message after it. */
  id: string;
  /** The sentences marked as asking (corpus/job-ask-spans.json) that the twin does not have. */
  asking: string[];
  /** The twin's sentences the ask does not have: the job words kept, the ask taken out. */
  twin: string[];
}

/**
 * The corpus's job asks paired with their twins. Every writer since the fourth round has followed
 * each job ask with a message that keeps its people, channel and job words and asks for nothing
 * ("might you steer your boss towards me?" beside "is your boss not bothered?"), so the pair is a
 * minimal contrast: the same message, one line apart. The messages are read in corpus order, as
 * the check reads them (casual spellings written out); an ask without marked sentences, or whose
 * next message is no twin, makes no pair.
 */
export function twinPairs(messages: readonly LabelledDraft[], spans: JobAskSpans): TwinPair[] {
  return twinPairsOf(messages.map((message) => jobAskSentences(message, spans)));
}

/**
 * The same pairs from the messages already read as job-ask examples, in corpus order (undefined
 * for a message not labelled for the job ask), for a caller that needs the examples too.
 */
export function twinPairsOf(examples: readonly (JobAskSentences | undefined)[]): TwinPair[] {
  const pairs: TwinPair[] = [];
  examples.forEach((ask, index) => {
    const next = examples[index + 1];
    if (ask?.marked === undefined || !ask.positive || next === undefined || next.positive) return;
    const inAsk = new Set(ask.sentences);
    const inNext = new Set(next.sentences);
    const twin = next.sentences.filter((sentence) => !inAsk.has(sentence));
    const changed = ask.sentences.filter((sentence) => !inNext.has(sentence));
    const asking = ask.marked
      .map((at) => ask.sentences[at])
      .filter((sentence): sentence is string => sentence !== undefined && !inNext.has(sentence));
    if (twin.length === 0 || twin.length > MOST_CHANGED || changed.length > MOST_CHANGED) return;
    if (asking.length === 0) return;
    pairs.push({ id: ask.id, asking, twin });
  });
  return pairs;
}
