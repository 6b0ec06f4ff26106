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
  /**
   * Who does what to whom (see `roleFeatures`): the sender, the contact, the sender's side ("we",
   * "our") and third people stand in for the words that name them, so "Karim cut my hair" and
   * "Amira taught me" share "@name ~cut/~taught … @me". Absent in the models written before it.
   */
  roles?: boolean;
}

// The people of a request, as a sentence names them. Casual spellings ("u", "ur") are written out
// before a sentence reaches the detectors, so only the full forms are listed.
const ROLE_OF_WORD: ReadonlyMap<string, string> = new Map([
  ...['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"].map(
    (w) => [w, '@me'] as const,
  ),
  ...['we', 'us', 'our', 'ours', "we're", "we've", "we'd", "we'll"].map((w) => [w, '@we'] as const),
  ...['you', 'your', 'yours', 'yourself', "you're", "you've", "you'd", "you'll"].map(
    (w) => [w, '@you'] as const,
  ),
  ...['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their'].map(
    (w) => [w, '@they'] as const,
  ),
  ...[
    'mother',
    'mum',
    'mom',
    'father',
    'dad',
    'sister',
    'brother',
    'cousin',
    'aunt',
    'uncle',
    'wife',
    'husband',
    'partner',
    'son',
    'daughter',
    'niece',
    'nephew',
    'friend',
    'mate',
    'flatmate',
    'roommate',
    'neighbour',
    'neighbor',
    'colleague',
    'classmate',
    'boss',
    'manager',
    'tutor',
    'teacher',
    'supervisor',
    'mentor',
    'lecturer',
    'professor',
    'coach',
    'kids',
    'children',
    'brother-in-law',
  ].map((w) => [w, '@kin'] as const),
]);

/**
 * The sentence with its people written as roles and every other word as its stem, and the
 * features of that sequence: each role with the stem before and after it ("~met @you", "@we ~met",
 * "~met @we" for "we met our deadline"), and which roles the sentence brings together ("@me+@you",
 * "@name+@you"). A name is a capitalised word that does not start the sentence.
 */
export function roleFeatures(sentence: string): string[] {
  const tokens = sentence.replace(/’/g, "'").match(/[A-Za-z0-9]+(?:['-][A-Za-z]+)*/g) ?? [];
  const roles = tokens.map((token, index) => {
    const lower = token.toLowerCase();
    const role = ROLE_OF_WORD.get(lower);
    if (role !== undefined) return role;
    if (index > 0 && /^[A-Z][a-z]/.test(token)) return '@name';
    return `~${stem(lower.replace(/'.*$/, ''))}`;
  });
  const features = new Set<string>();
  const present = new Set<string>();
  roles.forEach((role, index) => {
    if (!role.startsWith('@')) return;
    present.add(role);
    // The nearest word on each side that is not a little glue word carries the verb.
    const before = roles
      .slice(Math.max(0, index - 2), index)
      .reverse()
      .find((r) => !GLUE.has(r));
    const after = roles.slice(index + 1, index + 3).find((r) => !GLUE.has(r));
    features.add(`${before ?? '<s>'} ${role}`);
    features.add(`${role} ${after ?? '</s>'}`);
  });
  const people = [...present].sort();
  for (const [index, a] of people.entries()) {
    for (const b of people.slice(index + 1)) features.add(`${a}+${b}`);
  }
  if (people.length === 1) features.add(`${people[0]} alone`);
  if (people.length === 0) features.add('@nobody');
  return [...features];
}

const GLUE = new Set([
  '~a',
  '~an',
  '~the',
  '~just',
  '~alreadi',
  '~also',
  '~realli',
  '~onc',
  '~then',
  '~that',
]);

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
  if (options.roles === true) for (const feature of roleFeatures(sentence)) features.add(feature);
  return [...features];
}
