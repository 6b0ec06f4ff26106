// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the stemmer ships no types; this declaration must travel with the file into every project that compiles it (relationship, bench), not only outreach
/// <reference path="./wink-porter2-stemmer.d.ts" />
import stem from 'wink-porter2-stemmer';

/** Which kinds of feature the classifier sees; recorded in the model so training and check agree. */
export interface FeatureOptions {
  /** Porter2 stems beside the words, so "hire", "hiring" and "hired" share a weight. */
  stems: boolean;
  wordPairs: boolean;
  stemPairs: boolean;
  /** Length of the character n-grams taken inside each stem (0 for none): "labourer" and "labour" share "<lab". */
  charGrams: number;
}

/**
 * The features the job-ask classifier sees in a sentence: its lower-cased words, each pair of
 * neighbouring words, and markers for the sentence's start and end (so "need a new apprentice?"
 * differs from "did you need a new apprentice"), with, as the options say, the same over stems and
 * character n-grams of the stems. Shared by the training script and the check.
 */
export function sentenceFeatures(sentence: string, options: FeatureOptions): string[] {
  const words =
    sentence
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  const end = sentence.trimEnd().endsWith('?') ? '<?>' : '</s>';
  const features = new Set<string>(words);
  const addPairs = (tokens: readonly string[], prefix: string) => {
    const padded = ['<s>', ...tokens, end];
    for (let index = 1; index < padded.length; index += 1) {
      features.add(`${prefix}${padded[index - 1]} ${padded[index]}`);
    }
  };
  if (options.wordPairs) addPairs(words, '');
  // Prefixes keep the kinds apart: the stem "hire" and the word "hire" are different evidence.
  const stems = words.map((word) => stem(word.replace(/'.*$/, '')));
  if (options.stems) for (const s of stems) features.add(`~${s}`);
  if (options.stemPairs) addPairs(stems, '~');
  if (options.charGrams > 0) {
    for (const s of stems) {
      const marked = `<${s}>`;
      for (let index = 0; index + options.charGrams <= marked.length; index += 1) {
        features.add(`#${marked.slice(index, index + options.charGrams)}`);
      }
    }
  }
  return [...features];
}
