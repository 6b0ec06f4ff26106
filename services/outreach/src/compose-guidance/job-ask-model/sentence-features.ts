/**
 * The features the job-ask classifier sees in a sentence: its lower-cased words, each pair of
 * neighbouring words, and markers for the sentence's start and end (so "need a new apprentice?"
 * differs from "did you need a new apprentice"). Shared by the training script and the check, so
 * the two can never disagree about what a feature is.
 */
export function sentenceFeatures(sentence: string): string[] {
  const words = sentence.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
  const padded = ['<s>', ...words, sentence.trimEnd().endsWith('?') ? '<?>' : '</s>'];
  const features = new Set<string>(words);
  for (let index = 1; index < padded.length; index += 1) {
    features.add(`${padded[index - 1]} ${padded[index]}`);
  }
  return [...features];
}
