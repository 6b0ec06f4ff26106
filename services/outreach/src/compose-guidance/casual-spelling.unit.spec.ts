import { normaliseCasualSpelling } from './casual-spelling';

const written = (text: string) => normaliseCasualSpelling(text).text;

describe('casual spellings written out', () => {
  it.each([
    ['r u taking on any apprentices?', 'are you taking on any apprentices?'],
    ['ur team looks fun', 'your team looks fun'],
    ['Zak says ur the best plumber', "Zak says you're the best plumber"],
    ['im doing plumbing, thx', "I'm doing plumbing, thanks"],
    ['pls let me know b4 friday', 'please let me know before friday'],
    ['i cant make it cos of work', "I can't make it because of work"],
    ['hiya Sue, its Mo from college', "hiya Sue, it's Mo from college"],
    ['cud we talk 2 u 4 a bit', 'could we talk to you for a bit'],
    ['lmk wen suits ty', 'let me know when suits thank you'],
    ['Wen suits u? Cud we talk', 'when suits you? could we talk'],
    // Held-out 31.
    ['15 mins on the phone wheneva?', '15 mins on the phone whenever?'],
    // Held-out 39: the Shetland "you".
    [
      "Du said du's a forensic scientist, I fixed dy screen.",
      "You said you're a forensic scientist, I fixed your screen.",
    ],
    ['Could I phone dee? Whenever suits dee.', 'Could I phone you? Whenever suits you.'],
    ["Hit's Erik Sinclair here.", "It's Erik Sinclair here."],
    // Held-out 40: the Scots and Irish "yer" and "ye".
    [
      'does yer manager keep it? Yer sister said so.',
      'does your manager keep it? Your sister said so.',
    ],
    // (Held-out 48 wrote the Doric "fan" out as "when" too.)
    ['ring me fan yer free', "ring me when you're free"],
    ['could ye mention me?', 'could you mention me?'],
    // Held-out 41: the Black Country "yow", the Orkney "wir" and "du", and Jamaican patois.
    [
      "Yer mom said yow'm a dietitian, so yow'd know.",
      "Your mom said you're a dietitian, so you'd know.",
    ],
    [
      'Wir dads fished thegither. Du ran the clinic, so I thought o dee.',
      'Our dads fished together. You ran the clinic, so I thought o you.',
    ],
    [
      'Mi daughter do nursing wid yuh wife, an she give mi yuh email.',
      'My daughter do nursing with your wife, an she give me your email.',
    ],
    [
      'Yuh could give mi twenty minute pon di phone? Mi ready fi start, like mi.',
      'You could give me twenty minute on the phone? I ready for start, like me.',
    ],
    ['beg yuh call mi name to di station manager', 'beg you call my name to the station manager'],
    // Held-out 43: Scots.
    [
      "Eh'm Dougie. Could ye gie us twenty minutes? Ony night, eh'm no fussy.",
      "I'm Dougie. Could you give us twenty minutes? any night, I'm no fussy.",
    ],
    [
      'Yer mum telt ma mum. Could eh come oot an walk yer site wi ye for a whole mornin?',
      'Your mum told my mum. Could I come out an walk your site with you for a whole morning?',
    ],
    ['could ye pit ma name tae whoever runs it', 'could you put my name to whoever runs it'],
    // Held-out 44: Doric.
    [
      "Till uni starts, fit's the bank like? fa fills the gaps ower summer, fitever day",
      "Till uni starts, what's the bank like? who fills the gaps over summer, whatever day",
    ],
    ["wot's ur manager hoping for, aboot the cv?", "what's your manager hoping for, about the cv?"],
    // Held-out 49
    ['hired by your boss or thru an agency?', 'hired by your boss or through an agency?'],
    // Held-out 48: more Doric.
    [
      "who dis the slippin fan the yard's short, the foreman's ain squad or lads fae ootside the toon? does yer boss tak on casuals?",
      "who does the slippin when the yard's short, the foreman's own squad or lads from outside the town? does your boss take on casuals?",
    ],
    // (The patois "wi" before a verb is not the Scots "with".)
    ['mi wi fit in', 'I wi fit in'],
  ])('%p reads as %p', (casual, plain) => {
    expect(written(casual)).toBe(plain);
  });

  it.each([
    'Plan B, a U-turn and the IM channel',
    'I am in year 2 of 4 and it takes 2 minutes',
    'The museum and its collection, 15 mins at most',
    'Their Ill Wind exhibition, the CV and the HR team',
    'a copy of my résumé, naïve as it is',
    // A capital inside a sentence is a name.
    'Good morning, I am Wen Li. Thank you, Wen Li.',
    // Held-out 39: the French "du" of a name, a river Dee, "hit's" before no name.
    'a sommelier at Hôtel du Lac in Annecy',
    'the Dee estuary and the dee of it',
    "hit's the nail on the head",
    // Held-out 41: the "di" of a name, and "Mi" joined to more.
    'a year at the Politecnico di Milano',
    'Mi-rae from the lab',
    // Held-out 43: the "eh?" that ends a question, "your ma" (the mother), a pit, "like 2 hrs".
    'nice one eh? your ma is great',
    'the pit head at Easington',
    'like 2 hrs over a pint',
    // Held-out 44: a fit that is English, and the sung "fa".
    "the fit's good, and fa so la",
    // Held-out 48: a fan that is one.
    "I'm a big fan the whole way",
  ])('leaves %p as it is', (plain) => {
    expect(written(plain)).toBe(plain);
  });

  it('maps a span of the written-out text back onto the words the member typed', () => {
    const source = 'hey, r u hiring? thx';
    const normalised = normaliseCasualSpelling(source);
    const from = normalised.text.indexOf('are you hiring');
    const to = from + 'are you hiring'.length;
    expect(source.slice(normalised.sourceStart(from), normalised.sourceEnd(to))).toBe('r u hiring');
    const thanks = normalised.text.indexOf('thanks');
    expect(source.slice(normalised.sourceStart(thanks), normalised.sourceEnd(thanks + 6))).toBe(
      'thx',
    );
    // An offset inside a written-out word widens to the whole word typed.
    expect(normalised.sourceEnd(from + 5)).toBe(source.indexOf('u hiring') + 1);
    expect(normalised.sourceStart(normalised.text.length)).toBe(source.length);
    expect(normalised.sourceEnd(0)).toBe(0);
  });

  it('keeps every offset when there is nothing to write out', () => {
    const source = 'Dear Ms Carver, I study history.';
    const normalised = normaliseCasualSpelling(source);
    expect(normalised.text).toBe(source);
    expect([0, 5, source.length].map((o) => normalised.sourceStart(o))).toEqual([
      0,
      5,
      source.length,
    ]);
  });
});
