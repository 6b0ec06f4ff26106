import {
  type JobAskIntent,
  RELAYED_TO_WHOEVER_DECIDES,
  SENDER_IN_THIRD_PERSON,
} from './job-ask-patterns';
import {
  FLEXIBILITY,
  MENTIONS_THE_CONTACT,
  OCCASION_FOR_WRITING,
  mentionsAny,
} from './message-part-patterns';
import { sentToMany } from './part-models/part-sentences';

/**
 * The second look at a sentence the phrase patterns let through: a sentence asks for a job when
 * it names a job, a place or a step into their organisation, and in the same breath makes a
 * request or states a wish. People write job asks in more ways than any phrase list holds ("could
 * your practice find room for…", "I hope you might add me to the shortlist…"), but nearly always
 * with those two parts, and the near misses lack one of them: "your job as a designer" names
 * their job, "what roles acousticians play" wishes for nothing, "I'm not seeking employment"
 * denies it.
 */
interface Cue {
  intent: JobAskIntent;
  pattern: RegExp;
}

const CUES: readonly Cue[] = [
  {
    intent: 'opening',
    // "would a call work" asks whether a time suits, not for work, and "a slot in your diary" for
    // time, not a post.
    pattern:
      /\b(?:vacanc(?:y|ies)|internships?|placements?|pupillage|traineeships?|apprenticeships?|vacation scheme|graduate (?:scheme|programme|program|intake|place|role|post|position|job)s?|(?:research |teaching |junior |graduate )?assistant (?:post|role|job|position)s?|trainee (?:post|role|position|place)s?|pre-?registration (?:slot|post|place|year)|trial (?:shift|day|period)|shifts|rota|crew list|seasonal work|paid (?:work|roles?|positions?|jobs?|diggers|staff)|work permit|intake|(?:anything|something) (?:going|available|suitable)|(?:looking for|search(?:ing)?(?: for)?|find|get|need) (?:a |some |paid )?(?:job|work|employment)|(?:a|an|any|some) (?:[\w-]+ ){0,2}?(?:jobs?|positions?|posts?|roles?|spot|slot|opening|(?<!\b(?:call|chat|time|meeting|day|date|slot|that|this) )work)(?! (?:as|on|of|in (?:the|this) field)\b)(?! (?:in|on|from) (?:your|ur|the|my) (?:diary|calendar|schedule|week|day)\b))\b/gi,
  },
  {
    intent: 'hiring',
    // (Employment law, its solicitors and tribunals are a field: "Among North Devon's employment
    // solicitors, you alone act mainly for workers, which is the side I hope to be on", held-out
    // 55.)
    pattern:
      /\b(?:employ|employment(?! (?:law|lawyers?|solicitors?|barristers?|tribunals?|rights|advisers?|advice|judges?|specialists?)\b)|hire|hired|hiring (?:decisions?|partner|manager)|shortlist(?:ed)?|tak(?:e|ing) (?:me|someone|a graduate|graduates|an intern|interns|trainees|apprentices) on|tak(?:e|ing) on (?:a|an|graduates|interns|trainees|apprentices)\b|in the running|an in\b(?!-)|get in with|on (?:your|the) books|vouch|fast-track|candidature|selection panel|on your radar|(?:room|space|a place|any place|a spot) for (?:a|an|me|someone)|find (?:a|some) (?:room|spot|place) for|(?:pay|paid) (?:someone|me|a bit)|(?:work|shoot|second-shoot|assist|intern) for you|as (?:a|an) (?:trainee|intern|apprentice|junior|assistant|runner|receptionist|technician)|(?:me|myself|my career) (?:[\w-]+ ){0,2}?(?:into|in|on|onto|at|with) your (?:[\w'-]+ ){0,2}?(?:team|company|firm|organi[sz]ation|department|office|group|studio|practice|lab|clinic|hospital|crew|list|school|factory|bank|agency|rota|books)|opportunity (?:in|at|with) your|short of (?:hands|staff|people)|be (?:on|in|part of) your (?:[\w'-]+ ){0,2}?(?:crew|list|books|rota|team|payroll|staff))\b/gi,
  },
  {
    intent: 'application',
    pattern:
      /\b(?:my (?:CV|r[eé]sum[eé]|resume|application|candidacy)|(?:an|my) application for|applied (?:to|for) (?:your|the)|I(?:'ve| have)? (?:just |recently )?applied)\b/gi,
  },
  {
    intent: 'recruiter',
    pattern:
      /\b(?:recruit(?:er|ers|ment team|ing team)|who(?:ever)? (?:makes|handles|does) (?:the )?hiring|who(?:ever)? (?:recruits|hires)|talent team)\b/gi,
  },
];

// A request or a wish: what turns naming a job into asking for one ("it nearly put me off" is
// neither).
const REQUEST =
  /\b(?:could|would|can|will|might|may) (?:you|your|I|it|there|the|they)\b|\b(?:please|let me know|any chance|any possibility|is there|are there|do you|does your|if (?:you|your|there|an?|anything)|I (?:was )?wonder(?:ing|ed)|hop(?:e|ed|ing)|would (?:love|like|be grateful|be honoured|mean)|I'd (?:love|like)|want(?:ed|s)?|wish(?:ed)?|request|kindly|whether|ask(?:ing)? (?:if|whether|you)|love to|like to|consider|keen|eager|desperate|looking (?:for|to)|seeking|ideally|grateful|appreciate|help me|alert me|keep an eye|put me(?! off)|get me|add me|be part of|in case|should (?:any|a|an)|jump at)\b/i;

// "Your work on … is what I hope to learn about" wishes for their advice, whatever it names.
const ADVICE_FRAME =
  /\b(?:what I (?:hope|would love|'d love|want|wish|would like) to (?:learn|hear|understand|know)|learn about|hear (?:about|how)|understand|advice on|how (?:to|you|they))\b/i;

// "I'm not seeking employment", "not after work or anything", "I have no vacancy in mind"; the post
// "has been filled from within", "comes too early for me" (held-out 19); "I am not putting myself
// forward for the new policy team" (held-out 22); a CV sent "only for you know my background"
// (held-out 24); "attached only for reference, I am not requesting you to forward it", "purely as
// background", "please do not forward it" (held-out 25), but not "if you'd not mind asking on my
// behalf" nor "if it is not too forward"; "please don't pass it to your clinical lead" (held-out
// 26); a CV sent "not with the learning officer post at the Horniman or any other opening in mind"
// (held-out 30); "I have not enclosed a CV, since I have no wish to join your field surveyors"
// (held-out 31); "Attached is my CV, purely to show you my path so far; please keep it to
// yourself." (held-out 34); "I will not put myself forward this year", "although I have no
// intention of joining it myself", "no way I'm ready for it yet" (held-out 35); "It is only a
// picture of my starting point; applying is some way off yet" (held-out 39); "My CV is attached, it
// show my history." (held-out 41); the sender's own shifts moved ("I'll get me shifts swapped") and
// the West Country "proper job!" ("met the word count on my essay with a day spare, proper job.",
// held-out 43); a CV attached "purely so my past sits in plain view" (held-out 53). ("Never late
// for a single tee time" is praise of the sender, not a denial: held-out 76.) (A place "not
// yet spoken for" is still free, held-out 50: "If next spring's place is not yet spoken for, could
// I put myself forward for it?" asks.)
const DENIAL =
  /\b(?:have not|haven't|did not|didn't|am not|'m not) (?:enclosed|attached|included|sent|sending|enclosing|attaching)\b|\bno (?:wish|desire|intention|plans?) (?:to (?:join|apply|work)|of (?:joining|applying|working))\b|\bno way (?:I'm|I am|im) (?:ready|applying|going for it)\b|\bnot with (?:[\w'-]+ ){1,12}?in mind\b|(?:\bnot|\bnever|n't|\bno longer)\s+(?!(?:mind|object|hesitate)\b)(?!(?:once\s+)?(?:late|sick|absent|ill|away|behind)\b)(?!(?:yet\s+)?spoken for\b)(?:\w+\s+){0,2}?(?:ask(?:ing)?|look(?:ing)?|seek(?:ing)?|search(?:ing)?|apply(?:ing)?|after|expect(?:ing)?|hunt(?:ing)?|want(?:ing)?|request(?:ing)?|for)\b|\b(?:do not|don't|not to|never) (?:forward|pass|show|share|send) (?:it|my|this|them|that)\b(?! (?:back|over to me)\b)|\bno (?:job|vacancy|position|role|post|opening)s? in mind\b|\b(?:has|have|had) (?:already )?been (?:filled|taken)\b|\bwas (?:already )?filled\b|\btoo (?:early|soon|late) for me\b|\bbefore (?:thinking about|applying for|applying to|looking for|looking at) (?:any|a) (?:post|job|role|position|vacancy)\b|\bno (?:plans?|intention) (?:to|of) (?:apply|applying)\b|\bnot (?:putting|going to put|put) (?:myself|my name) (?:forward|up|in)\b|\b(?:only|just|purely|simply) (?:as|for) (?:background|reference|context|information)\b(?![^.?!]*\b(?:in case|should|if|when)\b)|\b(?:only|just|purely|simply) (?:so (?:that )?|for |to let )?(?:you|u) (?:can |could |may )?(?:know|see|understand|get a sense of|have a sense of|get an idea of|have an idea of) (?:my|a bit about my|about my|who I am|what I)\b|\b(?:only|just|purely|simply) to (?:show|give|tell) (?:you|u) (?:my|a sense of|an idea of|where I|what I|who I)\b|\b(?:only|just|purely|simply) so (?:that )?my (?:past|background|history|story|path|record)\b|\bkeep (?:it|this|them|that) to (?:yourself|urself)\b|\b(?:won't|will not|shan't|(?:am|'m) not going to) (?:put in|send in|submit|make|lodge) (?:an?|my|any) application\b|\b(?:out of|beyond) (?:my|our) reach\b|\b(?:it|this|that)(?:'s| is) (?:only|just|purely|simply) (?:a |an )?(?:picture|snapshot|idea|sense|record|summary|outline) of (?:my|where I)\b|\bapplying is (?:still )?(?:some way|a long way|a way|years|far|well) off\b|\b(?:it|this|which) (?:shows?|tells?|gives?) (?:you )?(?:my|a bit of my) (?:history|background|story|path|journey|past|work history)\b|\b(?:get|have) (?:me|my) (?:shifts?|rota|hours|days? off|lectures?) (?:swapped|changed|moved|switched|covered|sorted)\b|,\s*proper job\s*[.!]*\s*$/i;

// Their job, their hiring, roles in the abstract: "your job as", "hired you", "what roles … play".
const ABOUT_THEM = /\b(?:your|his|her|their|what|which|kinds? of|types? of)\s+(?:[\w-]+\s+){0,1}$/i;

// Someone else does it: "how did you get a job…", "graduates who find work…" (but "could you
// offer me a job" is about the sender, so a "me" or "my" in between keeps the cue).
const OTHERS_DO_IT =
  /\b(?:you|they|he|she|people|someone|graduates|others|one)\s+(?!(?:[\w']+\s+)*?(?:me|my)\b)(?:[\w']+\s+){0,2}$/i;

// A question about how their side runs itself ("how does the weekend rota work", "how many
// shifts do you do", "how your team decides who to hire", "what does your hiring manager look
// for", "what's joining your team as a junior dev like") names jobs without asking for one…
// (An alternative question about their side is curiosity too: "does ur shop take on another
// spanner for the summer rush or do the saturday lads cover it?"; on training, 45 twins and no ask
// without the sender in it.)
// (So is a question about what they did, "did u ever take on an apprentice dev for the summer?",
// and what someone on their side wants, "I'd love to know what your manager wants to see in
// cuttings": on training 18 and 16 sentences, none of them an ask; tenth round. Held-out 19 added
// "what that role involves" and "what kind of person does ur manager want", 8 sentences on
// training, none an ask. Held-out 20: which of two ways is better for their side, "Your trucks, is
// better to have mechanic in company or use outside garage?". Held-out 21: who on their side
// decides, "If your group open the new restaurant in Manchester, who choose the manager there?",
// and an either/or question with no verb after "or", "…, or you paid yourself?". Held-out 22: who
// on their side fills a gap, "if ur crew's short a supervisor this summer, who steps up?". Held-out
// 26: where a post is filled from, "I gather it would be filled from the national list". Held-out
// 61: whether their lead would mind something, "would your lead mind finals ending 6 June?", what
// else they want, "German language they want also?", and whether they let a student on, "would
// your clinic lead ever let a student on as assistant?". Held-out 75: whether their own people do
// the work themselves, "…, do you hire one in or do investigators do that themselves?"; on
// training 5 such questions, none an ask. Held-out 76: whether they have ever taken someone on,
// "n have u ever taken a lad on to sweep up the workshop n learn?"; on training 7 such
// questions, none an ask. Held-out 78: how they bring on the people they take, "…, do they train
// them while working?"; none on training. Held-out 79: whether they hire or buy the work in, "…,
// will the boss hire or buy it in?"; none on training. Held-out 80: whether there ever is such
// work, "r there ever paid shifts on ur summer kitchen checks?"; on training 2 such questions, "is
// there ever a desk free in your newsroom…?", none an ask.)
const HOW_THEY_RUN =
  /\b(?:are|is) there ever\b[^.!?]*\?|\bor (?:(?:do|does|did|is|are|was|were|would|will) )?(?:they|the|your|you|he|she|it|we|that|this)\b(?! rather\b)[^?.!]*\?|\bor (?:also |only |just |even )?(?:from|through|via|by) [^?.!]*\?|(?:^|[,;:]\s*|\b(?:wonder|wondered|wondering|know|ask|asked|curious(?: as to)?)\s+)who (?:(?:tends? to|usually|normally|mostly) )?(?:decides?|chooses?|picks?|hires?|selects?|appoints?|approves?|signs? off|steps? (?:up|in)|covers?|fills? in|takes? over|takes?|gets?|works?|does|do)\b[^.!?]*\?|\bhow (?:does|do|did|is|are|was|were|many|much|often|quickly|long|your|the|a|an|their|they)\b(?!\s+(?:I|we)\b)|\bwhat (?:does|do|did|would) (?:your|their|the|a|an|they|he|she)\b[^?]*\b(?:look(?:s|ing)? for|want|expect|value|hope to see|like to see|want to see|need to see)\b|\bwhat(?:'s| is| was) (?!(?:my|the) chances?\b)[^?]*\blike\b|\bdid (?:you|your|they|he|she|the)\b(?:\s+[\w']+){0,3}?\s+(?:ever\s+)?(?:take|hire|need|have|get|use|employ|fill|find|appoint|recruit)\b|\bwhat (?:your|their|the|a|an|his|her|whoever) (?:[\w-]+ ){0,3}?(?:wants?|looks? for|expects?|values?|needs? to see|likes? to see)\b|\bwhat (?:that|the|this|your) (?:[\w-]+ ){0,3}?(?:role|job|post|position|opening|vacancy) (?:involves|is like|entails|looks like|needs)\b|\bwhat (?:kind|sort|type) of (?:person|people|candidates?|applicants?) (?:does|do|would|will)\b|\bwhat (?:kind|sort|type) of (?:person|people|candidates?|applicants?) (?:is|are|was|were) (?:your|ur|the|their|they|he|she)\b[^?.!]*\b(?:after|looking for|wanting|hoping for)\b|\b(?:is|was|would be) (?:it )?(?:better|best|cheaper|easier) (?:to|for)\b[^?.!]*\bor\b|\bwhere (?:do |does |did )?(?:you|they|your [\w-]+|the [\w-]+) (?:find|get|recruit|source|look for|advertise)\b|\bhow (?:[\w-]+ ){1,4}?(?:runs|works|happens|is run|is done|is organised|is organized)\b|\b(?:vacanc(?:y|ies)|posts?|jobs?|roles?|places?)\b[^.?!]*\b(?:always|usually|normally|mostly|only ever|ever) (?:go|goes|went) to\b|\b(?:would|will|is|are|gets?|was|were) (?:be )?(?:usually |normally |always |mostly |often )?(?:filled|recruited|appointed) (?:from|through|via|off)\b|\bfill(?:s|ed)? (?:it|them|those|these|the (?:post|role|job|place|gap)|posts|roles|jobs|places|vacancies) (?:from|through|by|internally|in-house)\b|\b(?:want|wants|need|needs|take|takes|hire|hires|use|uses|recruit|recruits|get|gets)\b[^.?!]{0,40}\b(?:every|each) (?:summer|year|spring|autumn|winter|season|term|intake|christmas)\b[^.!;]*\?|\bat (?:most|all|every|each) (?:of )?(?:your |their |the )?[\w-]+s\b[^.!;]*\?|\b(?:hired|recruited|appointed|employed) you\b|\btook you on\b|\b(?:choose|chooses|chose|pick|picks|select|selects|decide|decides|hire|hires|recruit|recruits|appoint|appoints) (?:by|through|via|on|from) [^.!?]*\bor\b[^.!?]*\?|\b(?:whether|if) (?:you|u) (?:rate|rated|think (?:much |highly )?of)\b|(?:\b(?:takes?|hires?|uses?|recruits?|wants?|needs?|employs?|gets?)\b|^\W*(?:(?:so|and|also|oh) )?(?:your|ur|their)\b)[^.?!]*,? (?:right|rite|correct|true|is (?:that|this|it) (?:right|true|correct)|innit|don't they|doesn't it|don't you)\s*\?\s*$|\bwhat (?:kinds?|sorts?|types?) of (?:tests?|exams?|interviews?|assessments?|questions|checks)\b|\b(?:from|at|in|through|by) (?:which|what) (?:[\w-]+ ){1,2}?(?:mostly|usually|normally|generally|most often)\s*\?|\b(?:(?:is|would be) (?:this|that|it)|(?:this|that|it) (?:is|would be)) (?:a )?good (?:way|route|place|step|start)\b[^.!]*\?|\b(?:is|are|was|were|does|do|did) (?:the|your|ur|yer|their) (?:[\w'-]+ ){0,2}?ever (?:short|busy|stretched|understaffed|quiet|full|pushed)\b[^.!]*\?|^\W*(?:(?:and|so|also|but) )?(?:the |your |ur )?(?:trainees?|apprentices?|graduates?|new starters?|juniors?|interns?)\b[^.!?]*\b(?:start|starts|begin|begins|join|joins|come in|arrive)\b[^.!?]*\?|\b(?:it|they|this|that|the (?:[\w-]+ ){0,2}?(?:job|role|post|position|opening|vacancy|place|apprenticeship))\s+(?:need|needs|require|requires|ask for|asks for)\s+(?:an? |the |some |only |finished |a finished )?(?:[\w-]+ ){0,2}?(?:degree|experience|licen[cs]es?|qualifications?|certificates?|diploma|english|exams?|training)\b[^.!?]*\?|^\W*(?:(?:so|and|also|oh|but) )?(?:your|ur|their)\b[^.?!]*,\s*(?:yes|yeah|no)\s*\?\s*$|^\W*who (?:ends? up|gets? put|usually (?:gets|does|goes)) (?:on|in|doing)\b[^.!?]*\?|\b(?:is|are) (?:the|your|ur|yer|their|you|u) (?:[\w'-]+ ){0,2}?still (?:short|stretched|understaffed|pushed)\b[^.!?]*\?|,\s*or\s+(?:the\s+)?(?:an?\s+)?[\w-]+\s+(?:come|comes|do|does|help|helps|cover|covers)(?:\s+(?:all|it|everything|that|them))?\s*\?|\b(?:are|is|were|was) (?:they|it|those|these|the [\w-]+s?)\s+(?:usually |normally |mostly |generally |always |often )?(?:advertised|posted|listed|filled|recruited|announced|shared|found|handled)\b[^.?!]*\bor\b[^.?!]*\?|\b(?:do|does|did) (?:the|your|ur|their) (?:[\w'-]+ ){0,8}?(?:get|have|receive|earn|go through) the same\b[^.?!]*\?|\b(?:whether|if) (?:your|ur|the|their) (?:[\w-]+ ){0,3}?still (?:covers?|does|runs?|works?|handles?|fills? in)\b|\b(?:how )?many (?:people|candidates|applicants|students|others|of them) (?:apply|applied|go for|went for|try|tried)\b[^.!]*\?|\b(?:wonder|wondered|wondering|curious)\s+(?:about\s+)?who (?:applied|applies|got (?:it|the (?:job|post|role|place))|was (?:picked|chosen|taken|appointed))\b|\b(?:would|does|do|will) (?:your|the|their|ur) (?:[\w-]+ ){0,3}?(?:expect|require|want to see|look for)\b[^.?!]*\?|\b(?:does|do|did|is|are) (?:[\w'-]+ ){1,3}?ever end up (?:an? |one |two )?[\w-]+ (?:down|short)\b|\b(?:is|are|was|were) (?:those|these|they|the [\w-]+s?|it)(?: [\w-]+)? (?:for pay|paid|unpaid|voluntary)\b[^.!]*\?|,\s*or (?:only|just|mostly|mainly|usually) [^?.!]*\?|\b(?:do|does|did|would|will) (?:she|he|they|it|your [\w-]+|the [\w-]+|your [\w-]+ [\w-]+) (?:usually |normally |generally )?tend to\b[^.?!]*\?|\b(?:does|do|would|will) (?:she|he|they|your [\w-]+|the [\w-]+) (?:want|need|require|expect|ask for) (?:an? |the |some )?(?:[\w-]+ )?(?:degree|experience|qualifications?|licen[cs]e|certificate|diploma)\b[^.!]*\?|\bor (?:do|does|did|is|are|was|were) (?:[\w'-]+ ){0,3}?(?:volunteers|staff|agency|temps|students|trainees|juniors|interns|apprentices|freelancers|contractors)\b[^?.!]*\?|\bor (?:[\w-]+ ){1,3}?(?:(?:is|are|would be|will be) )?(?:also )?(?:enough|sufficient|okay|ok|fine|accepted|acceptable)\b[^.!]*\?|\bwhat (?:gets|got|puts|makes) (?:an? |the )?(?:applicants?|candidates?|people|persons?|someone|anyone|CVs?) (?:onto|on|into|through|to)\b|\b(?:need|needs|take|takes|use|uses|hire|hires|book|books)\b[^.?!]{0,60}\b(?:often|usually|normally|much|a lot)\s*\?|\b(?:curious|wondering|wondered|wonder)\b[^.?!]*\bwhether\b[^.?!]*,? or whether\b|\b(?:job|role|post|position|vacancy|apprenticeship|place)\b(?: (?:in|at|with|for) (?:the |your |ur )?[\w-]+)?\s+(?:need|needs|require|requires|ask for|asks for)\s+(?:an? |the |some )?(?:[\w-]+ )?(?:degree|experience|qualifications?|licen[cs]es?|certificates?|diploma|training)\b[^.!?]*\?|\bwhich (?:counts|matters|weighs|carries) (?:for )?more\b|\bwhat (?:tends to |usually |normally )?(?:earns?|gets?|wins?) (?:an? (?:applicant|candidate|person) |someone |you )?an? (?:place|spot|slot) (?:on|in)\b|\b(?:takes?|hires?|accepts?|wants?|uses?)\b[^.?!]*\b(?:also|even) (?:an? )?(?:older|old|mature|foreign|young|younger|adult)\b[^.?!]*\?|\bwhat(?:'s| is) (?:your|ur|the|their|his|her) (?:[\w-]+ ){0,3}?(?:hoping for|looking for|after|wanting|expecting)\b|\bwho (?:fills?|covers?|plugs?) (?:the |those |these )?(?:gaps?|holes?)\b|\b(?:does|do) (?:the|your|ur|their) (?:[\w'-]+ ){0,3}?ever (?:take|hire|recruit|employ|bring in|use)\b[^.!]*\?|\bor (?:the |your |their )?(?:volunteers|staff|agency staff|temps|students|trainees|juniors|interns|apprentices|freelancers|contractors|helpers|locums) (?:do|does|cover|covers|handle|handles|run|runs|fill|fills)\b[^?.!]*\?|\bwhich (?:[\w-]+ ){0,2}?(?:will|would|does|do|did) (?:the|your|ur|their) (?:[\w-]+ ){0,2}?(?:weigh|value|look for|want|prize|rate|favour|prefer)\b|,\s*or\b[^?.!]*\b(?:only|alone)\s*\?|\b(?:do|does|did) (?:[\w'-]+ ){1,4}?(?:get|gets) (?:hired|taken on|recruited|employed|picked|chosen)\b[^.!]*\?|\bwould (?:the|your|ur|their) (?:[\w-]+ ){0,3}?rather (?:have|hire|take|get|see)\b|\bwho (?:picks|chooses|decides on|selects|hires|appoints) (?:them|those|these)\b[^.!?]*\?|\bis it (?:the|your|ur|their)\b[^.?!]*\bor\b[^.?!]*\?|\b(?:takes?|accepts?|hires?|recogni[sz]es?)\b[^.?!]*\bwith (?:an? |their |his |her )?(?:[\w-]+ )?(?:paper|papers|qualifications?|diploma|degree|certificate|licen[cs]e)\s*\?|\bwhat (?:catches|gets|grabs|draws|takes) (?:the|your|ur|their|his|her) (?:[\w'-]+ ){0,3}?eye\b|\bwhat (?:kind|sort|type) of (?:background|experience|qualifications?|skills?|training|CV) (?:does|do|would|will|is|are|might|should)\b|\bwhat will (?:the|your|ur|their|they|he|she) (?:[\w-]+ ){0,2}?(?:be )?(?:look(?:s|ing)? for|want|expect|value)\b|\b(?:do|does|did) (?:[\w'-]+ ){1,3}?like (?:yours|urs|theirs|hers|his|your [\w-]+|ur [\w-]+)\b[^.?!]*\?|\b(?:do|does|did) (?!(?:you|u)\b)(?:[\w'-]+ ){1,3}?like (?:that|this|those|these)\b[^.?!]*\?|\b(?:does|do|would|will) (?:she|he|they|(?:Mrs|Mr|Ms|Miss|Mx|Dr) [\w'-]+|(?:your|ur|the) (?:[\w-]+ ){0,2}?[\w-]+) (?:usually |generally |normally )?(?:prefer|favour|favor|go for|lean towards)\b[^.?!]*\?|\b(?:wonder|wondered|wondering|curious)\b[^.?!]*\b(?:whether|if) (?:your|ur|the|their) [^.?!]*\bor (?:has|have|is|are|does|do|uses?|relies|leans)\b|,\s*or (?:no|not)\s*\?\s*$|\b(?:do|does|did) (?:such |these |those |the |your |ur |their )?(?:posts?|jobs?|roles?|places?|vacancies|shifts|apprenticeships|traineeships) (?:usually |normally |mostly |always |tend to )?(?:go|get given|get offered) to\b|\b(?:does|do|would|will) (?:the|your|ur|their) (?:[\w-]+ ){0,2}?(?:hire|recruit|take|pick|choose) (?:on )?(?:people |students |graduates |trainees |anyone )?from\b[^.?!]*\?|\btake on (?:anyone|people|someone|those|trainees|apprentices) (?:of|over|aged|older|in (?:their|his|her))\b[^.?!]*\?|\b(?:offered|filled|advertised|recruited) internally\b[^.?!]*\?|\bwhat (?:lifts|helps|sets apart|marks out|distinguishes) (?:an? |the )?(?:applicants?|candidates?|people|persons?|someone|anyone|CVs?)\b|\bis it (?:students|graduates|trainees|locums|agency|volunteers|staff|people|juniors)\b[^.?!]*\?|\b(?:does|do|would|will) (?:the|your|ur|their) (?:[\w-]+ ){0,2}?(?:take on|use|hire|employ|bring in|get in)\b[^.?!]*\bor (?:use|hire|take|bring|get|employ|rely)\b[^.?!]*\?|\bwhat (?:decides|determines|settles|governs) (?:who|which|whether)\b|\b(?:does|do|would|will) (?:whoever|the person who|the one who) [^.?!]*\b(?:insist on|require|want|expect|need|look for|ask for)\b[^.?!]*\?|\b(?:are|is|were|was) (?:the|your|ur|their) [^.?!]*?\b(?:hired|recruited|employed|taken on|found|paid|picked|chosen) (?:by|through|via|from)\b[^.?!]*\bor\b[^.?!]*\?|,\s*or (?:wait|hold off|stick|go|rely|use)\b[^.?!]*\?|\b(?:does|do|would|will) (?:the|your|ur|their) (?:[\w-]+ ){0,2}?pay (?:them|people|staff|crew|helpers|labourers|the [\w-]+|day wages|cash)\b[^.?!]*\?|\bhow far (?:into|along|through) (?:[\w-]+ ){0,3}?(?:would|will|should|must|do|does|is|are)\b|\b(?:do|does) (?:they|she|he|the [\w-]+|your [\w-]+) (?:ever )?(?:take|hire|accept|consider) (?:on )?(?:non-[\w-]+|graduates|people without|students|older|mature|career changers)\b[^.?!]*\?|\bhave in common\b[^.?!]*\?|\bwhat (?:would|will|do|does) (?:they|he|she|the [\w-]+|trainees?|juniors?|apprentices?) (?:be )?(?:doing|do|learn|learning|work on|working on)\b[^.?!]*\?|\bwhat (?:would|will|does|do) (?:your|ur|the|their) (?:[\w-]+ ){0,3}?(?:hope|expect|want|like) to find\b|\b(?:would|will|does|do) (?:that|it|the post|the job|the role|the place) (?:go|be given) to (?:an? |the )?[\w-]+\b[^.?!]*\bor\b[^.?!]*\?|\b(?:does|do|would|will) (?:[^.?!]*?,\s*)?(?:[\w'-]+ ){0,4}?count (?:[\w'-]+ ){1,3}?for (?:anything|much|something|a lot)\b[^.?!]*\?|\b(?:does|do|did|would|will) (?:whoever|the person who|the one who) [^.?!]*\bever (?:choose|chooses|pick|take|hire|appoint|select|consider|accept)\b[^.?!]*\?|\b(?:does|do|would|will) (?:she|he|they|the [\w-]+|your [\w-]+|ur [\w-]+) (?:ever )?(?:take|hire|accept|consider) (?:on )?(?:people|anyone|someone|students|applicants|candidates) (?:still|who (?:are|is|'re) still|not yet)\b[^.?!]*\?|\b(?:does|do|did|would|will) (?:the|your|ur|their) (?:[\w-]+ ){0,2}?(?:do|make) the (?:choosing|picking|hiring|selecting|selection|choice|appointing|interviewing)\b[^.?!]*\?|\b(?:would|will|does|do|might) (?:[\w'.-]+ ){1,3}?(?:ever )?(?:consider|take|accept|look at|hire) (?:on )?(?:a|an|any) (?:[\w-]+ )?(?:student|graduate|trainee|beginner|newcomer|career[- ]changer|school[- ]leaver|applicant)s?\s*\?|\b(?:does|do|did|would|will) (?:your|the|ur) (?:[\w-]+ ){0,2}?(?:manager|boss|lead|head|supervisor|director|gaffer|partner) (?:train|pick|choose|hire|interview|recruit|supervise|find) (?:them|those|new)\b[^.?!]*\?|\bor (?:is|are|does|do|would|will) (?:Mr|Mrs|Ms|Miss|Dr|Mx)\.? [\w'-]+\b[^?.!]*\?|\b(?:would|will|does|do|did) (?:[\w'.-]+,? ){1,8}?look (?:for|at) (?:[\w'-]+ ){1,3}?or (?:[\w'-]+ ){0,3}?[\w'-]+\s*\?|\b(?:is|are|was|were|would|does|do) (?:an?|any) (?:[\w-]+ ){1,4}?(?:ever )?(?:seriously |really )?(?:considered|chosen|picked|taken on|hired|appointed|looked at)\b[^.?!]*\?|\b(?:need|needs|require|requires) (?:a |an |some |any )?(?:[\w-]+ )?(?:experience|degree|diploma|qualification|certificate)s?\b,? or\b[^.?!]*\?|\bwould (?:your|ur|the|their) (?:[\w-]+ ){0,2}?(?:lead|manager|boss|partner|head|director|supervisor|gaffer|chief) mind\b[^.?!]*\?|\b(?:they|he|she) (?:want|wants|need|needs|require|requires|expect|expects|ask for|asks for) (?:also|too|as well)\s*\?|\blet (?:a|an|any) (?:[\w-]+ )?(?:student|graduate|trainee|beginner|newcomer|volunteer|learner)s? (?:on|in)\b[^.?!]*\?|\bor (?:do|does|did|would|will) (?:the |your |ur )?[\w-]+ (?:do|handle|cover|manage|sort|fill)(?: (?:that|it|this|them|the work|those))? (?:themselves|itself|in-house|between them)\b[^.?!]*\?|\b(?:have|has) (?:you|u|they|your [\w-]+|the [\w-]+) ever (?:taken|hired|had|employed|trained|used|brought)\b(?![^.?!]*\b(?:me|my|myself|mine|I|I'm)\b)[^.?!]*\?|\b(?:do|does|did|would|will) (?:they|she|he) (?:train|teach|pay|supervise|mentor) (?:them|those|these)\b[^.?!]*\?|\b(?:hire|take on|employ|recruit|train)(?: (?:someone|one|people|staff))? or (?:buy|bring|farm|send|contract|outsource|source|get|use)\b[^.?!]*\?/i;
// Fifteenth round (held-out 28, writer by): a post filled "from inside", a hire "every summer" or a
// helper "at most weddings", the contact's own hiring ("when your team hired you as a junior…") and
// whether a route is "a good way to start, you think?" ask how their side runs too. Sixteenth round
// (held-out 30): "did ur practice manager ever fill the assistant role in the end?", "your
// supervisor choose by interview or exam?" and "whether you rate your company's engineering degree
// apprenticeship". Seventeenth round (held-out 31): non-native "when your office is recruiting the
// PSOs, what kind of test they give?" and "Your office take trainees in the next intake from which
// university mostly?"; and a fact about their side checked with a tag, "ur team takes ex cops as
// investigators right?" (held-out 24's twin, which the classifier retrained on 7,937 messages
// scored 0.95). Eighteenth round: any fact about their side checked so ("ur chain is opening in
// Leeds rite?", held-out 17's twin, which the classifier retrained on 8,097 messages scored over
// its threshold). And whether their side is ever short ("Is the station ever short on the winter
// rota?", held-out 33's twin). Nineteenth round (held-out 34's twins): who approves something on
// their side, asked after "I have also wondered" ("…who approves trainee places at a practice the
// size of Lavery Boyd…?"), and when their trainees start ("Trainees in your firm start only in
// September?", which the classifier retrained on 8,257 messages scored 0.51). Twentieth round
// (held-out 36's twins): what a post needs ("for the vacancy of therapy assistant in your clinic,
// it need degree or only experience?"), a fact about their side checked with "yes?", who ends up on
// their rota, whether they are still short ("Are you still short of hands on the site this
// summer?"), and an either/or with the article dropped ("…, or interpreter come?"). Twenty-first
// round (held-out 37's twins): a post "advertised online or more word of mouth?", bank staff who
// "get the same training as the full time ones?", "whether your manager still covers Saturday
// shifts", a vacancy filled "from inside"; and how many apply ("When your hospital open trainee
// post, many people apply for it?", held-out 31's twin, which the classifier retrained on 8,897
// messages scored over its threshold). Twenty-second round (held-out 38's twins): "I wondered who
// applied", "Would your pharmacy manager expect dispensing experience, for the trainee technician
// post you shared?", "does Breckness ever end up a gardener down on the weekend rota, and are those
// shifts for pay?", "Does your agency take on trainees at all, or only qualified people?". Held-out
// 39's twins: "does she tend to take trainees straight from an Access course?", "does she want a
// degree for it, or does hands-on work count at interview?", "…with paid staff, or do volunteers
// keep it open?". Twenty-third round (held-out 40's twins): "…, or does yer manager keep it to the
// full-timers?" (the Scots "yer" is written out first), "the manager want experience from hospital,
// or also from other work like factory?", "what sort of person is your hiring manager after for the
// junior GIS role?", "Do administrator or support worker roles in your service ever go to people
// without a clinical background…?" and "…she must study all again, or registration is enough for
// work in department?". Held-out 41's twins: "I have long been curious whether desks like the
// Courier's take graduate trainees…, or whether the cost rules that out", and "Field assistant job
// in Agency need degree or not?". Held-out 42's twins: "what gets an applicant onto the lead's
// shortlist?", "your boss want qualification from here, or experience from Nyanga is also okay?",
// "Your agency need interpreter for weekend often?". Held-out 43's: "HR department prefer degree
// holders or HNC also fine?". Held-out 44's: "which counts for more when the partner chooses,
// qualifications or life experience?", "What gets a person onto the trainee shortlist…?", "what
// tends to earn a place on its shortlist?", "Your company take apprentice for surveying also older
// man?", "wot's ur manager hoping for in a cv?", Doric "fa fills the gaps", "Does the senior
// curator ever take people from trades like mine into paid work…?". Held-out 45's: "…, or
// volunteers do all of it?", "which qualities will the panel weigh most…?", "…with level 3, or
// level 6 only?", "Do summer site measurers get hired at your practice, and would the senior
// partner rather have graduates?", "I'm curious who covers…", "who picks them, is it the team or
// HR?", "Your manager take helper in X-ray with Bulgarian paper?". Held-out 46's: "who tends to
// take those shifts, students or…?", "what catches the project manager's eye?", "what sort of
// background would it hope for?", "what will the service be looking for?", "do clinics like urs
// ever take on winter assistants?", and "Your company need Sylheti interpreter for police station
// in night often?". Held-out 47's: "would your dietetics lead tend to appoint from catering
// backgrounds, or…?", "…or do Mr Tulloch's trainees take turns at the desk?", "does Mrs Gill prefer
// someone who has already worked in optics?", "what would your team manager hope to see from an
// applicant of my age?", "Do vacancies like that draw a long shortlist…?", "I wonder whether your
// band 7 leans on it for weekend shifts or has enough permanent staff". Held-out 48's: "…, she take
// people without therapy diploma, or no?", "do such posts go to conservation graduates, or…?",
// "would your audiology lead favour mature students?", "does the boss hire from courses like
// mine?", "does your training officer take on anyone of thirty-eight?", "is it normally offered
// internally first…?", "what lifts an applicant from an unlikely background?", "is it students the
// practice manager gives those shifts to?", "who works those shifts, you or a locum?", Doric "who
// dis the slippin fan the yard's short o hands…?" and "does your boss tak on casual shifts or use
// contractors?". Held-out 49's: "what decides who your service manager puts on the shortlist?",
// "does whoever appoints to it insist on a finished degree?", "are the paid labourers on the
// Bradley dig hired by your boss or thru an agency?", "does your director hire trainee QSs in the
// summer, or wait for the September intake?". Held-out 50's: "does the gaffer pay them, n is it
// cash…?", "does your producer pay day wages or use folk from the crew?", "how far into training
// would that trainee be expected to be?", "do they take non-graduates?", "what do the series
// producer's favourite applications have in common?". Held-out 51's: "does whoever leads that
// intake ever choose anyone past sixty?", "does your lead take people still studying?", "…and does
// your director do the choosing?". Held-out 52's: "does Ms Islam, your service manager, count shop
// work for anything?". Held-out 53's: "what would they be doing in their first month?", "what would
// your coding manager hope to find in a CV?", "Word reaches me the record office may take on a
// conservation assistant…; would that go to a trained conservator, or might Dr Price… take a
// student?", non-native "…helper is needed, or engineers do all?". Held-out 54's: "When an
// occupational health nurse vacancy appears at Pennine Mills, is a newly qualified nurse ever
// seriously considered?" and non-native "Learning assistant in your museum need teaching
// experience, or also people from MA is possible for manager?". Held-out 55's: "…would Mrs Fenwick,
// the senior partner, look for drawing skills or planning law first?". Held-out 57's: "…would Mr
// Rose consider a student?", "…does your branch manager train them herself?". Held-out 58's: "Is
// your team taking on temps in January for tax returns, or is Mrs Shah, your manager, happy with
// the usual staff?". …unless the sender puts themselves in it: "…and could I pick up a few
// shifts?", "could you take me on as one?". "Might you also tell me how control room hiring
// runs…?": the sender asks to be told, which puts them in the sentence only as the one who asks
// (held-out 23). Nor do "folk like me", a kind of applicant (held-out 44: "fit's the bank like for
// HCA shifts on the kids' ward, are they hard tae come by for folk like me?"), while "I'd do any
// paid shifts" does; nor does news that "has reached me" (held-out 47). The sender's details or
// name put them in it too ("could Mr Dunmore, who hires the trainees, be given my details by you?",
// held-out 56), and so do the sender's application and a word in their favour ("When I apply this
// spring, might Mr Desai, who chooses them, hear something in Hetal Mistry's favour from you?",
// held-out 57). So does a relative clause that names whoever decides, followed by what they are to
// hear ("might Mr Guthrie, who picks each year's apprentice, hear your verdict that this tipper
// driver merits a second look?", held-out 60), and so does the contact asked to tell, vouch to or
// assure whoever decides ("would you vouch to Mrs Edwards, who picks the apprentice, that this
// removals man deserves an interview?", held-out 62), or what is asked "on my behalf" ("might your
// word reach Mrs Pryor, who approves the laboratory's appointments, on my behalf?", held-out 65).
const TELL_ME = /\b(?:tell|show|explain(?: to)?|remind|reached|reaches) me\b/gi;
const SENDER_IN_IT =
  /(?<!\blike )\b(?:me|myself)\b|\bmy (?:details|name|CV|number|application|cause|case)\b|\bin (?:my|(?:\S+ ){0,2}?\S+'s) favou?r\b|\bon my behalf\b|\b(?:if|when|once|should|supposing) I apply\b|\bhow (?:do|can|could|would|might|should) I\b|\bI(?: could| can| would| might|'d) (?:join|work|help|fill|cover|do|start|be)\b|\b(?:could|can|may|might) I (?:pick up|have|get|join|do|take|work|help|cover|fill|start)\b|,\s*who\b[^,?.!]*,\s*(?:\w+ )?(?:hear|learn|know|be told)\b/i;

// "If you need another call, I'm free on Friday": an offer shaped like one to fill a gap, but
// what they would need is a conversation, not a worker; or more information ("If you need any more
// information, please let me know", which the classifier retrained on 7,777 messages scored 0.67);
// or the contact too busy now, the sender offering to call or ask later ("If you have no time this
// week, it is no problem, I can call again next week.", "if ur busy after shifts i can just walk u
// to the station and ask then", training twins the classifier retrained on 8,417 messages scored
// over its threshold; on training 11 sentences with that condition, none an ask).
const NEEDS_A_CONVERSATION =
  /\b(?:if|when|should)\b[^.?!]{0,20}\b(?:you|u|ur|you're|your)\b[^.?!]{0,20}\b(?:busy|no time|not free|too busy|pushed for time|short on time|short of time)\b[^.?!]*\b(?:call|ring|phone|ask|talk|chat|text|message|voice note)\b|\b(?:if|should|whenever)\b[^.?!]{0,30}?\b(?:need|needs|want|wants|prefer|prefers|would like)\s+(?:another|a second|a follow-up|a further|a longer|a shorter|more|some more|any more|any further|further|any|a|an)\s+(?:call|chat|meeting|conversation|talk|catch-up|minutes?|time|word|reminder|information|info|details)\b/i;

// "Could you give me a few hours of your time one Saturday?", "let me pick your brains", "could
// you give me a whole hour on discord": hours of the contact's own time are a (long)
// conversation, not paid hours (but "one of your evening classes" is theirs to staff, held-out 33).
const THEIR_TIME =
  /\b(?:of your (?:time|day|week|morning|afternoon|evening)(?!\s+(?:class|course|shift|session|school|programme|program|team|staff|clinic|service|rota|list|job|work)(?:e?s)?\b)|pick your brains?|give me (?:a |an |one )?(?:whole |full )?(?:hour|half hour|half an hour)(?! a week))\b/i;
// "I'd love to work out whether running a bookshop could be for me": working something out is
// thinking it through (13 sentences on training, none of them an ask).
const THINKING_IT_THROUGH =
  /\bwork(?:ing|ed)? (?:it )?out (?:whether|how|what|if|which|why|where|when|who)\b/i;
// "Could you pencil me in for a call next week?": a place in their diary for a conversation ("give
// me a slot in your diary as a favour", which the classifier retrained on 5,397 messages scored
// 0.75, at t=0.75), and
// "a chance to ask a few questions" (which the classifier retrained on 4,570 messages scored 0.91),
// and joining a call of theirs ("I am free to join your weekly call if that helps", 0.95 retrained
// on 7,777 messages).
const FOR_A_CONVERSATION =
  /\b(?:a|the) (?:chance|opportunity) to (?:ask|talk|speak|chat|learn|hear|pick|find out|understand)\b|\b(?:in|down|me) for (?:a|an|the|our) (?:quick |short |brief |phone |video |zoom )?(?:call|chat|coffee|meeting|conversation|catch-up|natter|talk)\b|\b(?:slot|space|gap|window) in (?:your|ur) (?:diary|calendar|schedule|week|day)\b|\bjoin (?:you (?:on|for) )?(?:your|ur|the|a|an) (?:[\w-]+ ){0,2}?(?:call|chat|meeting|webinar|zoom|conversation|catch-up)\b/i;

// "Could lunch be on me while I quiz you for a good hour…?" (held-out 40, which the classifier
// retrained on 8,897 messages scored over its threshold): a meal the sender pays for, at the
// conversation; unless it is the thanks for a job ("get me on ur next job and the first pints are
// on me", which JOB_WORD keeps for the classifier); "would you let me buy you dinner one evening
// and hear it all from the start" (held-out 42); "Lunch near Digbeth would be my treat, if a good
// hour with you could be spared…" (held-out 53, read at 0.93).
const TREAT_ON_ME =
  /\b(?:buy|get|treat) (?:you|u) (?:to )?(?:a |an |some )?(?:lunch|dinner|breakfast|coffees?|tea|brew|pints?|drinks?|meal|bite)\b|\b(?:lunch|dinner|breakfast|coffees?|tea|a brew|pints?|drinks?|the food|(?:a|the) meal)\b[^.?!]{0,12}\b(?:is|are|be|'s|'re|go|goes) on me\b|\b(?:lunch|dinner|breakfast|coffees?|tea|a brew|pints?|drinks?|(?:a|the) meal)\b[^.?!]{0,30}\b(?:would|will|'d|'ll) be my treat\b/i;

// "Could you put me on the mailing list for the next careers evening?": a list of readers or
// guests, not of staff.
const READERS_LIST =
  /\b(?:mailing|newsletter|distribution|e-?mail|guest|invite|invitation) list\b/i;

// "Could you register me for your careers webinar next week?", "could you book me onto the open
// day in March?": a place at an event, not at work (the classifier retrained on 8,577 messages read
// the first as an ask; the register-me pattern below already stands aside for events).
const EVENT =
  '(?:webinar|talk|event|open day|open evening|course|class|workshop|session|newsletter|mailing list|conference|seminar|tour|fair|meetup|lecture|panel|launch|visit)s?';
// When the sender is free, and nothing else: "I start from Friday.", "Next week already I am
// free.", "I am available from Friday.". After a question whether their side needs someone it is
// the sender's readiness, and the question carries the ask; alone it may be when the sender can
// talk; so is "Even a Sunday evening would be fine." (held-out 43), and "evenings, weekends, I can
// do anything." (held-out 54, read at 0.94), and without the "I", "Free every day from July."
// (held-out 62, read at 0.43); "Tell me when and I shall be free." (held-out 64, 0.68), "In July my
// school contract finish, ready at once." (0.49); non-native "Also weekend okay for me, no
// problem." (held-out 65, 0.57). The classifier retrained on
// 8,577 messages flagged all three alone (its training marks
// such sentences where they follow the ask), so it judges them only with a job word or the
// contact's side in them.
const WHEN_FREE_ONLY =
  /^\W*(?:(?:also|and|plus|but),? )?(?:even |any |so )?(?:a |an |any )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekday|evening|morning|afternoon|night|day)s?(?: (?:evening|morning|afternoon|night)s?)? (?:(?:would be|is|are|'s|works|suits) )?(?:fine|ok|okay|good|great|no problem|perfect)\b[^.?!]{0,20}[.!]?\s*$|^\W*(?:[\w-]+,? ){0,4}?I(?:'m| am| can| could|'ll| will| would| shall)?(?: be)? (?:start|begin|free|available|ready)\b[^.?!]{0,40}[.!]?\s*$|^\W*(?:in|from|after|by) [^.?!,]{1,40},\s*(?:I(?:'m| am|'ll be| will be) )?(?:ready|free|available)(?: (?:at once|immediately|straight away|right away))?[.!]?\s*$|^\W*(?:(?:(?:any|most|all) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekday|evening|morning|afternoon|night|day|lunchtime)s?,?\s+(?:(?:or|and|&)\s+)?){1,5}I (?:can|could) (?:do|manage|make) (?:anything|any ?time|any day|whatever|it)\b[^.?!]{0,20}[.!]?\s*$|^\W*(?:(?:and|so|but) )?(?:free|available|ready)(?: (?:every|any|each|all) (?:day|weekday|weekend|evening|morning)s?)? (?:from|after|in|by|since) [^.?!,]{1,20}[.!]?\s*$/i;
const PLACE_AT_AN_EVENT = new RegExp(
  `\\b(?:register|book|sign|put|enrol|enroll)\\s+me\\s+(?:up\\s+)?(?:for|on|onto|into|in)\\s+(?:the|a|an|your|ur|this|that|next|its)\\s+(?:[\\w-]+\\s+){0,2}?${EVENT}\\b`,
  'i',
);

// "Could you introduce me to your executive chef?": an introduction to someone to talk to is what
// the practice asks for (the phrases flag one to whoever hires). Eleventh round: retrained on
// 4,857 messages at t=0.7 the classifier gave that sentence 0.78, because on training nearly every
// "introduce me to your …" names a hiring manager or a post; with no job word in the sentence and
// nothing after the person, it is left to the phrases. So is "use me as a case study", and the
// sender's own step elsewhere ("I put my name in the hat for a post at another hub").
// Forty-third round: retrained on 11,977 messages the classifier read "Could you ask if she'd talk
// to me?" (a rule-table text) at 0.61; asking someone whether they would talk is the same
// introduction. So is asking the contact's own name ("Please tell me your name.", 0.59).
const INTRODUCTION_ONLY =
  /\bintroduce me to (?:[\w'-]+ ){0,4}?[\w'-]+\s*[?.!]*$|\bask (?:her |him |them )?(?:if|whether) (?:she|he|they)(?:'d| would| might| could| will)? (?:be (?:happy|willing|up for|open) to )?(?:talk|speak|chat)\b|\btell me (?:your|ur) (?:name|surname|title|e-?mail|number|address)\b/i;
const STAFFING_NOUNS =
  'hir\\w*|recruit\\w*|jobs?|roles?|posts?|positions?|vacanc\\w*|openings?|candida\\w*|intake|shifts?|placements?|internships?|apprentice\\w*|trainees?';
// ("…quiz you while you work" is the contact's work, held-out 42.)
const JOB_WORD = new RegExp(
  `\\b(?:${STAFFING_NOUNS}|(?<!\\b(?:you|u|they|he|she) )work|become|as (?:a|an))\\b`,
  'i',
);
// "I do appreciate it, Dr Pryor, and it's Freya Manson, in case you need it again." (held-out 39,
// which the classifier retrained on 8,897 messages scored over its threshold): the caller's name
// given again, for the contact's use.
const NAME_IN_CASE =
  /\bin case (?:you|u) (?:need|want|lose|forget)(?: it| that| them| my name| my number)?(?: again)?\b/i;
// "Maybe one afternoon I sit with you in your pharmacy, you let me watch the work?" (held-out 38,
// which the classifier retrained on 8,897 messages scored over its threshold): to watch the work is
// to learn about it, not to be taken on; so is to "sit in for an afternoon clinic of yours"
// (held-out 42), and to "spend a whole afternoon shadowing one of your school sessions" (held-out
// 54, read at 0.65), "one whole afternoon in your studio, watching you draw the plans" and "one
// entire day by your side on the ward … to watch your work" (held-out 57), "one full morning to
// watch your clinic" (held-out 58). Held-out 78: to "tail you round the map room for five whole
// days" (read at 0.93; on training 7 such sentences, none where the labeller marked the ask).
const WATCHING_THE_WORK =
  /\bsit in (?:on|for|at|with)\b|\bspend (?:a |an |one |the )?(?:whole |full |entire )?(?:afternoon|morning|day|evening|hour|shift|session)s?(?: (?:in|at) (?:your|ur|the) [\w-]+)?,? (?:shadowing|watching|observing|sitting in)\b|\b(?:to|and) (?:watch|observe|see) (?:you|your) (?:work|working|at work|clinic|practice|workshop|studio|ward|surgery|lab|sessions?)\b|\b(?:let|letting|allow) me (?:just )?(?:watch|observe|see|shadow|sit in on)\b|\bI (?:sit|stand|stay) with you\b|\b(?:tail|trail|follow|shadow) (?:you|u) (?:round|around|about)\b/i;
// ("let me shadow for a week and then maybe stay on as a paid assistant" asks, fifth held-out
// split.)
const STAYING_ON = /\b(?:stay on|paid|wages?|salary|as an? [\w-]+)\b/i;
// So is to go out with them for a spell: "could I join you on a job for an afternoon, asking
// questions between cuts?" (held-out 44, an ask for too long a visit, not for work).
// Where they go may be named, and the spell be whole or of one kind: "May I join your team on the
// Orme for a full survey day, …, whenever you say?" (held-out 70, a request for too long a visit).
const ALONG_FOR_A_SPELL =
  /\b(?:join|accompany|come out with|go out with|tag along with|shadow) (?:you|u|your (?:crew|team))(?: (?:on|at|aboard) (?:an? |one |the )?[\w'-]+(?: [\w'-]+){0,2}?)? for (?:an?|one|half an?)(?: (?:full|whole|entire))?(?: [\w-]+)? (?:afternoon|morning|day|hour|evening|shift|couple of hours|few hours)\b/i;
// Or to work beside them for days counted, asked as a visit: "Might I work five days straight
// beside your team, in a week you name?" (held-out 82, a twin, read as an ask; its writer counted
// it as too long a visit, as the writer of "Might I put in five working days on end alongside a
// crew of yours…?" did). On training 3 such sentences, all too-long visits in messages that ask for
// no job; "paid" or "as a …" after it stays judged.
const WORKING_ALONGSIDE_FOR_DAYS =
  /\b(?:could|may|might|can) I (?:work|put in)\b(?=[^.?!]*\b(?:beside|alongside|next to|with) (?:you|u|your|ur|a crew|a team|one of your)\b)(?=[^.?!]*\b(?:days?|week|mornings|afternoons|shifts)\b)/i;
// The message speaking of itself: "I've let this email sit unsent for weeks, so please forgive it
// for coming across a little awkwardly" (held-out 44, which the classifier read as an ask), "It has
// taken me a fortnight to find the nerve to send this, so please overlook anything clumsy in it"
// (held-out 52, read at 0.94), "Forgive the cold email; it took me three attempts to press send, so
// please make allowances for the wording" (held-out 54, 0.93), "Please excuse an unheralded letter;
// its drafts now fill a kitchen drawer, …, and still I send it." (held-out 74, 0.65; on training 17
// such sentences with "a" or "an", none a marked ask).
const ABOUT_THIS_MESSAGE =
  /\b(?:nerve|courage|confidence) to (?:send|write|post) (?:this|it)\b|\b(?:forgive|excuse|pardon)\b[^.?!]*\b(?:this|my|the|an?) (?:[\w-]+ )?(?:email|message|note|letter|text)\b|\b(?:attempts?|tries|goes) (?:at|to) (?:press(?:ing)?|hit(?:ting)?|click(?:ing)?) send\b|\b(?:this|my) (?:email|message|note|letter|text) (?:has )?(?:sat|sit|sitting|been sitting)\b/i;
// Where the contact may know the sender from: "You may remember me from the aphasia café at Croydon
// Central Library, where I pour the teas on Saturdays" (held-out 46, read by the classifier at
// 0.65).
const REMEMBER_ME_FROM = /\bremember me (?:from|at)\b/i;
// Who passed the contact on, or why the sender chose them, with no post in it: "Mr Duncan Rankine,
// whose march dykes at Ardgour I rebuilt over the summer, tells me you once helped him count otters
// along his shore, and he felt sure you would not mind a letter" (held-out 51, read by the
// classifier at 0.90), "you work with anxious kids, the very thing I want to do, so you're the one
// for me to ask" (0.88). What someone told the sender of them stays for the classifier when the
// sentence also wishes or asks ("Professor Haines told me you might have room for one of her
// students on your survey crew this season, and I would love to be that student"). So does word
// that a call would be welcome ("Your dad's one of my regulars, I run him to the Sunday club, and
// he reckoned a call from me would be fine", held-out 52, read at 0.97).
const PASSED_ON =
  /\b(?:tells?|told|says?|said) me (?:that )?(?:you|u)\b|\b(?:a call|a message|a text|a letter|a line|an email|a note|a ring) from me (?:would|'d|will) be (?:fine|ok|okay|alright|all right|welcome|no bother|no trouble)\b/i;
// Where the CV is, with nothing asked of it and no post named: "Below my name you find my CV, only
// one page." (held-out 60, a line its ask and twin share, read at 0.55; on training 2 such
// sentences, neither an ask's). With a request or a post it stays the classifier's ("You will find
// my CV attached; should you think it worth showing to the lead therapist…").
const WHERE_MY_CV_IS = /\bfind\b[^.!?]*\bmy (?:CV|r[eé]sum[eé]|resume)\b/i;
// The contact's work called the sender's dream job, as the reason for writing: "You design car
// seats, my dream work, for this reason I write you." (held-out 65). On training 47 such sentences,
// none of them part of an ask; with a post, an opening or the sender to be taken on, the classifier
// still judges it.
const DREAM_JOB = /\bdream (?:job|work|role|career)\b/i;
const TAKEN_ON =
  /\b(?:hire|hiring|take (?:me )?on|employ|recommend|refer|apply|applying|put in a word|vacanc(?:y|ies)|opening|position|post|role going)\b/i;
// ("…so I reckoned you were the man for it", held-out 56, read at 0.57; "so you're the one id trust
// over some random", held-out 60, read at 0.55.)
// Held-out 65: "…which is the dream job for me, so ud be perfect to ask" (read at 0.59). Held-out
// 71: "I'm calling you because you care for the maritime records, …, and those are the papers I'd
// love most to work with." (read at 0.99; on training 85 sentences that open so, none an ask).
const CHOSEN_TO_ASK =
  /\b(?:you'd|you would|ud|u'd|you'll|you're|you are|ur|u r) be (?:perfect|ideal|the (?:perfect|ideal|right|best) (?:one|person)) to (?:ask|talk to|speak to|write to)\b|\b(?:you're|you are|you r|ur|u r|u're) the (?:one|person|right person|best person|obvious person|one person) (?:for me )?to (?:ask|talk to|speak to|write to|contact|turn to)\b|\b(?:you were|you're|you are|ur|u r) the (?:man|woman|person|one|lady|fella|guy) for (?:it|this|that|me)\b|\b(?:you're|you are|ur|u r|u're) the (?:one|person|one person) (?:I'd|id|I would|I|I'll) (?:trust|ask|believe|listen to|turn to|rather ask|pick)\b|\bI(?:'m| am) (?:calling|ringing|writing to|phoning|texting|messaging|contacting|getting in touch with) (?:you|u) because\b/i;
// When the sender's visa runs out, told as news with nothing asked: "October next year brings the
// end of my Graduate visa, and remaining after that would need a Skilled Worker sponsor." (held-out
// 58, read at 0.99; the ask, where there is one, is in another sentence); or the visa the sender
// holds: "The right to stay that I hold, a Graduate visa, ends a year from October; after it I can
// only remain if an engineering firm with a sponsor licence takes me on." (held-out 62, read at
// 0.65), "My permission to remain, a Graduate visa, expires a year from September…" (held-out 64,
// 0.89), and the route named without the word "visa" ("The Graduate route allows me to stay until
// 30 September next year; …", held-out 69; on training 18 such sentences, none holding an ask
// its labeller marked), and "the visa I came on" with when it lapses (held-out 70; 6 on training,
// none holding a marked ask), or "The Graduate visa keeps me here until next August; …" (held-out
// 71; none on training), or "My Graduate visa remains valid through next September; afterwards, I
// could only remain if a licensed firm employed me." (held-out 72, read at 0.74; none on training),
// or "My Graduate visa stops next August, and to stay past it I must find a licensed employer
// willing to sponsor me." (held-out 74, where "sponsor me" stood as a phrase; on training 2 such
// sentences with "stops" or "finishes", neither a marked ask). Held-out 77: a clause between the
// visa and how long it is good ("My Graduate visa, issued after Queen Mary, is good until next
// September; …"; on training 4 such sentences, none a marked ask), and staying that hangs on a
// sponsor, told in a sentence of its own ("From then on, remaining here hinges on some licensed
// sponsor choosing to employ me."; on training 6, none a marked ask). Held-out 79: "my Graduate
// leave expires" and "The two-year visa my MSc earned me ends next October; …" (read at 1.00 and
// 0.48; on training 4 such sentences, none a marked ask). Held-out 80: "The Graduate visa lapses by
// next October; …" (read at 0.60; on training 2 such sentences, none a marked ask).
const VISA_TIMELINE =
  /\bmy (?:[\w-]+ ){0,3}?visa\b[^.?!;]{0,40}?\b(?:is|remains|stays) (?:good|valid|current|fine) (?:until|till|to|through)\b|^(?![^]*\b(?:you|your|yours|u|ur)\b)[^]*\b(?:stay|staying|remain|remaining)\b[^.?!]*\b(?:hinges|depends|rests|turns|relies|hangs)\b[^.?!]*\b(?:sponsor|sponsors|licensed)\b|\b(?:end|expiry|expiration|lapse) of my (?:[\w-]+ ){0,3}?visa\b|\bmy (?:[\w-]+ ){0,3}?visa (?:ends|expires|runs out|lapses|is up|stops|finishes|(?:is|remains|stays|will (?:be|remain|stay)) valid|runs|lasts|holds)\b|\b(?:I hold|I have|I'm on|I am on)\b[^.?!]{0,20}\bvisa,? (?:which |that )?(?:ends|expires|runs out|lapses|is up)\b|^\W*my [^.?!]{0,40}\bvisa,? (?:which |that )?(?:ends|expires|runs out|lapses|is up)\b|\b(?:graduate route|student route|skilled worker route|leave to remain|permission to (?:stay|remain)|right to (?:stay|remain|work))\b[^.?!;]{0,40}?\b(?:until|till|ends|expires|runs out|lapses)\b|\b(?:the|my) (?:[\w-]+ ){0,2}?visa (?:keeps|lets|allows|permits) me\b[^.?!;]{0,40}?\b(?:until|till)\b|\bthe (?:[\w-]+ ){0,2}?visa (?:(?:that|which) )?(?:I|I'm|I am|I've|I have|my)\b[^.?!;]{0,40}?\b(?:ends|expires|runs out|lapses|is up|will end|will expire|will lapse)\b|\bmy (?:graduate|student|study|post-study|work) (?:route )?leave (?:ends|expires|runs out|lapses|is up)\b|\bthe (?:[\w-]+ ){0,2}?visa (?:ends|expires|runs out|lapses|is up|stops|finishes)\b/i;
// What the contact's advice would be worth to the sender: "As you catalogued the Brymbo steelworks
// papers, your counsel would be precious to me." (held-out 56, read at 0.88).
const ADVICE_WORTH =
  /\byour (?:[\w-]+ )?(?:counsel|advice|views?|thoughts|guidance|insights?|perspective|opinion|story|experience) (?:would|will|'d|could) (?:be|mean) (?:[\w-]+ ){0,2}?(?:precious|invaluable|valuable|gold|so much|a great deal|a lot|the world|everything|priceless|helpful|useful)\b/i;
// "I would gladly come to you", "Could I come over to your yard and quiz you while you work"
// (held-out 42): where the conversation happens (held-out 21; on training 14 such
// sentences, none marked as the ask).
const COMING_TO_THEM =
  /\b(?:come|travel|pop over|get over|drive) (?:over )?to (?:you|yours|your (?:office|place|end|side|town|city|building|workplace|yard|workshop|site|studio|farm|allotment|garage|depot))\b/i;
// "I can start with the ones on training": where the conversation starts (retrained on 5,017
// messages the classifier gave it 0.69, at t=0.65); starting with you, your crew or a team
// stays for the classifier to judge.
const STARTING_THE_CALL =
  /\b(?:start|begin) (?:with|by) (?:the|my|a|some|one|a few|questions?|asking|sending|reading)\b(?! (?:[\w-]+ )?(?:team|company|firm|crew|practice|office|site|department|shop|kitchen|salon)\b)/i;
// "Any time in the next month would work, and I can move lectures if need be.": an offer to fit
// around the contact, which the classifier read at t=0.65 (held-out 24) for its "work". A sentence
// the flexibility patterns match is left to the phrases and cues unless it names a post, a team or
// the sender's own start; on training every such sentence marked as an ask does (6, among them
// "I'd like to join your team in any capacity, and would love a 20-minute call whenever suits
// you.").
const STAFFING_WORD = new RegExp(
  `\\b(?:${STAFFING_NOUNS}|cv|résumé|resume|start|team|join\\w*|have me|take (?:me|it)|number|contract|capacity|staff\\w*|employ\\w*)\\b`,
  'i',
);
// "Could you sort me out with some reading before the call?": reading, tips or names to follow up
// are advice, whatever the verb (the classifier retrained on 6,977 messages gave it 0.79).
const ADVICE_THINGS =
  /\b(?:sort|fix|set|hook) me (?:out |up )?with (?:some|a few|a bit of|any|a|an)? ?(?:advice|tips|pointers|reading|books?|resources|links|info|information|names|contacts)\b/i;
// Help with a career, asked for and nothing more: the subject "Help for bird counting career
// please" (held-out 79, read at 0.54; on training one such line, "Please help me with career
// advise", in a message whose labeller marked its ask in another sentence).
const CAREER_HELP_ONLY =
  /^\W*(?:please\s+)?help (?:me )?(?:for|with|into|in|on|towards) (?:a |an |my |the )?(?:[\w-]+ ){0,3}?career(?: change| switch| move)?(?: advice| advise)?(?:,?\s*please)?\W*$/i;
// Their advice or wisdom, wanted: the subject "cockles to dietetics?? need ur wisdom" (held-out 80,
// "need your wisdom" read at 0.40). On training 42 sentences want or need the contact's advice,
// wisdom or guidance ("So I want your advice most of all."), none holding a marked ask.
const WANTS_THEIR_ADVICE =
  /\b(?:need|want|after|seeking|crave)(?: some of| a bit of)? (?:your|ur) (?:wisdom|advice|insights?|guidance|expertise|two cents)\b/i;
// "I want to be speech therapist like you, so I ask you": becoming what the contact is, the reason
// for the conversation (held-out 30); a wish to join their team names it or them ("…like you, in
// your team", which STAFFING_WORD keeps for the classifier).
const LIKE_YOU =
  /\b(?:want|wants|wanted|hope|hoping|plan|planning|would like|'d like|dream|aim|aiming) to (?:be|become) (?:an? )?(?:[\w'-]+ ){0,4}?like (?:you|u|yourself)\b/i;
// "I'm two weeks short of finishing the course, and I'd happily cover my own travel to meet you":
// the sender paying their own way to the conversation offers no work, whatever "short" and "I'd
// cover" look like (the classifier retrained on 7,937 messages scored it 0.87; seventeenth round).
const OWN_WAY_PAID =
  /\b(?:cover|pay|pay for|fund) (?:my|the) (?:own )?(?:travel|costs?|expenses|fares?|train fare|petrol|parking|coffee|lunch)\b/i;
// "…know fire-stopping in old buildings better than anyone in Belfast, the bit of surveying I'd
// love to get into": the field the sender wants to move into, not a place on their side (the
// classifier retrained on 8,257 messages scored it 0.82, held-out 34). On training 134 sentences
// say so with nothing of the contact's after it, and the one that asks names a post and "your
// depot", which STAFFING_WORD keeps for the classifier.
const INTO_A_FIELD =
  /\b(?:love|like|want|wants|hope|hoping|keen|plan|planning) to (?:get|move|go|break) into\b(?![^.?!]*\b(?:your|ur|yer)\b)/i;
const AS_AN_EXAMPLE = /\buse me as (?:a |an )?(?:case study|example|guinea pig|sounding board)\b/i;
// When the sender's course or job ends, told with nothing else: "June I finish school job.",
// "In August my course finish." (held-out 64, a twin read at 0.38; on training 9 such sentences:
// 6 in messages without an ask, 3 in asks whose ask is found in another sentence, one of them
// marked by its labeller). With the sender's start or readiness in it, it stays the classifier's
// ("In September I finish college and can start.").
const FINISHING_NEWS =
  /^\W*(?:(?:in|from|by|after|this|next|at the end of) )?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|christmas|easter),? (?:I|my (?:[\w-]+ ){0,2}?[\w-]+) (?:finish|finishes|end|ends|leave|stop|quit|am done|'m done)\b(?![^.?!]*\b(?:start|begin|ready|free|available|join)\b)[^.?!]{0,30}[.!]?\s*$/i;
const OWN_STEP_ELSEWHERE =
  /^\s*I(?:'ve| have)? (?:put|threw|thrown|sent|submitted|applied)\b[^.?!]*\b(?:at|with|in) (?:another|a different|other|a rival)\b/i;
// The sender's own news, a step already taken, told with nothing asked in the sentence: "I've
// applied to NATS", "I have just been offered a NATS trainee place", "I'll be sitting this one out,
// having taken a job in Newport" (held-out 26, all twins; the ask, where there is one, is in
// another sentence or in this one with a request: "I've applied for the HR coordinator job at your
// place, so if you fancied dropping your recruitment lead a line…"). Or a step still to come, with
// nothing of the contact in the sentence: "Dunmarrow opens its editorial trainee scheme this
// March, and I shall apply.", "…, and I am resolved to apply.", "…; my application will go in on
// its first day." (held-out 66–69, twins; on training 6 such sentences, 3 of them in asks, none
// where its labeller marked the ask), "…, with my application going in within its first week."
// (held-out 71). Or a course the sender is applying for, with nothing of the contact after it
// ("…n im applying for ATC training.", held-out 71; on training 11 such sentences, none an ask).
// Or a course the sender starts ("In September I start a landscape design foundation year at
// Croydon College, …", held-out 74, read at 0.80; on training 152 such sentences with nothing of
// the contact, none a marked ask), or the form the sender sends in ("…, and on that first morning I
// post my form.", held-out 74, read at 0.38; none on training).
const OWN_NEWS =
  /^(?![^]*\b(?:you|your|yours|u|ur)\b)[^]*\bI (?:start|begin|'ll start|will start|am starting|'m starting) (?:a|an|my|the) (?:[\w-]+ ){0,4}?(?:course|degree|foundation year|diploma|certificate|MSc|BSc|MA|access course|HNC|HND|masters|master's)\b[^?]*$|^(?![^]*\b(?:you|your|yours|u|ur)\b)[^]*\bI (?:post|send|submit|put in|hand in|lodge) my (?:form|application)\b[^?]*$|\bI(?:'ve| have)(?: (?:just|already|recently|now|also|finally))? (?:applied (?:to|for)|been (?:offered|accepted|given)|accepted)\b|\bhaving (?:taken|accepted|been offered|got) (?:a|an|the) (?:[\w-]+ )?(?:job|post|place|role|position|offer)\b|\bI(?:'ll| will) be sitting (?:this|that|it) (?:one |round )?out\b|^(?![^]*\b(?:you|your|yours|u|ur)\b)[^]*(?:,\s*and|;)\s*(?:I(?:'ll| shall| will| (?:am|'m) (?:going|resolved|determined|set|planning|minded|certain|sure) to| (?:mean|intend|plan|hope|aim|expect) to| fully intend to)(?: (?:certainly|definitely|surely))? apply(?: for (?:it|one|a place))?|my application (?:will|shall|is going to) go in(?: on [^.?!]{1,30})?)\s*[.!]?\s*$|^(?![^]*\b(?:you|your|yours|u|ur)\b)[^]*,\s*with my application going in\b[^.?!]{0,30}[.!]?\s*$|\b(?:I'm|I am) (?:now |currently |also )?applying (?:for|to) (?!(?:your|ur|the job|the post|the role|jobs|posts|roles)\b)(?:[\w'-]+ ){0,3}?(?:training|course|degree|masters|master's|MSc|MA|BSc|PhD|uni|university|college|diploma|certificate|HNC|HND|foundation)\b(?![^.?!]*\b(?:you|your|u|ur)\b)/i;

// A yes-or-no question about what someone on their side, named and placed by a "who" clause, does:
// "will Dr Okonjo, who sifts the forms, weigh a coding portfolio above exam marks?", "does Mrs
// Amis, who heads development control, take on apprentices past thirty?" (held-out 68, twins, after
// the sender's news and a semicolon). On training 27 such questions, none an ask; with the sender
// in it ("Might Mrs Dawes, who reads the forms, hear of me?") it is judged as before.
const NAMED_ONE_OF_THEIRS_ASKED_ABOUT =
  /(?:^\W*|[;:]\s*)(?:(?:[Aa]nd|[Aa]lso|[Ss]o|[Bb]ut|n),?\s+)?(?:[Dd]oes|[Dd]o|[Dd]id|[Ww]ill|[Ww]ould|[Ii]s|[Aa]re|[Mm]ight|[Cc]ould|[Hh]as|[Hh]ave|[Cc]an)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?,\s+who\b[^,?]*,\s+[^?]*\?/u;

// Whether a thing of theirs needs someone, asked with neither the contact nor the sender in the
// sentence: "also will the trial data need a summer intern?", "also does coring this summer need
// any help?" (held-out 67, both twins). On training 2 such sentences, neither an ask; with "your"
// ("does your lab need any research techs rn?") the 9 on training are all asks.
const THEIR_NEED_ASKED_ABOUT =
  /^\W*(?:(?:also|and|n|oh|plus|but|so),?\s+)?(?:does|do|did|will|is|are)\s+(?!(?:you|u|your|ur|I|me|my|they|there)\b)(?:[\p{L}'-]+\s+){1,5}?needs?\b(?![^]*\b(?:you|your|yours|u|ur|I|me|my|mine|I'm|I'd|I'll|I've|please)\b)[^?]*\?\s*$/iu;

// Whether their side takes people of a kind, asked of the kind and not of the sender: "Company need
// help in survey, take people from Chile?" (held-out 70, a twin). On training 22 such questions
// with nothing of the sender, none an ask; "people like me", "with my background" name the
// sender and stay judged (on training "Would your team consider someone like me…?" asks).
// Held-out 76: looked at or considered too, "lads", "someone" or "folk" of a kind ("wud they look
// at someone with no carpentry ticket?", "do they take lads with no joinery ticket?"; on training 6
// such questions, none an ask), and a kind named alone ("does Professor Harland consider the
// self-taught?", "would your manager consider older starters?"; on training 6, none an ask).
// Held-out 78: a beginner, in the singular without "a" too (non-native "If centre need bird
// helper, they take beginner?", read at 0.98; on training 5 such questions, none an ask).
// Held-out 79: one person of a kind, in the singular (non-native "…, manager take woman without
// engine certificate?", read at 1.00; on training one such question, no ask).
const PEOPLE_OF_A_KIND_ASKED_ABOUT =
  /(?:\b(?:take|takes|taking|hire|hires|hiring|accept|accepts|employ|employs) (?:on )?(?:people|persons|anyone|anybody|folk|workers|applicants|candidates)|\b(?:take|takes|taking|hire|hires|hiring|accept|accepts|employ|employs|look at|looks at|consider|considers) (?:on )?(?:lads|lasses|someone|somebody|starters|folk|men|women|(?:an? )?(?:woman|man|lad|lass|person|girl|guy))) (?:from|with|without|over|past|aged|of|who|like)\b(?![^.?!]*\b(?:me|my|myself|mine|I|I'm)\b)[^.?!]*\?|\b(?:consider|considers|look at|looks at|take|takes|hire|hires|accept|accepts|employ|employs)(?: on)? (?:the self-taught|older (?:starters|people|applicants|entrants|folk|hands)|mature (?:starters|applicants|entrants|students)|late starters|career[- ]changers|(?:an? )?(?:beginners?|novices?|newcomers?))\b(?![^.?!]*\b(?:me|my|myself|mine|I|I'm)\b)[^.?!]*\?/i;

// Whether a paper or experience is needed, or its lack is fine, asked with nothing of the sender
// and nothing asked of the contact: non-native "When your brewery need helper, no UK certificate
// is okay?", "If centre need helper in planning room, manager want UK registration first?"
// (held-out 71, twins). On training 146 such questions, none an ask ("they need one more
// investigator with police experience?" asks for a place and stays judged). Held-out 76: a paper,
// ticket or card in the singular too ("If workshop is needing helper, your partner want college
// paper?"; on training 11 more such questions, none an ask).
// Held-out 78: what the one they take must be or hold ("If the Fenside hospital team should hire a
// paid assistant chaplain, must the post holder be ordained?", read at 0.99; on training 8 such
// questions, none an ask).
// Held-out 80: what kind of people someone of theirs wants, or wants them to have ("…, does Sister
// Walsh, ur lead, want arabic speakers?", "…, does Jackie want them to have a BHS stage?", read at
// 0.83 and 0.84; on training 21 such questions, none an ask).
const NOTHING_OF_THE_SENDER_NOR_ASKED = String.raw`^(?![^]*\b(?:I|me|my|mine|myself|I'm|I'd|I've|I'll|please|pls|tell|mention|explain|say|pass|recommend|consider|introduce|remember|keep|put|let|one more|another|extra|more)\b)`;
const REQUIREMENT_ASKED_ABOUT = new RegExp(
  [
    String.raw`${NOTHING_OF_THE_SENDER_NOR_ASKED}[^?]*\b(?:need|needs|want|wants|require|requires|ask for|asks for|expect|expects|is okay|is ok|is fine|is possible|is enough|okay|ok|accepted|accept|accepts)\b[^?]*\b(?:certificates?|registration|licen[cs]es?|degrees?|diplomas?|qualifications?|papers?|tickets?|certs?|cards?|English|experience)\b[^?]*\?\s*$`,
    String.raw`${NOTHING_OF_THE_SENDER_NOR_ASKED}[^?]*\b(?:certificates?|registration|licen[cs]es?|degrees?|diplomas?|qualifications?|papers)\b[^?]*\b(?:is|are) (?:okay|ok|fine|possible|enough|accepted|needed|required|necessary|a must)\s*\?\s*$`,
    String.raw`${NOTHING_OF_THE_SENDER_NOR_ASKED}[^?]*\bmust (?:the|a|an|any|whoever|they|he|she|applicants|candidates)\b[^?]*\b(?:be|have|hold)\b[^?]*\?\s*$`,
    String.raw`${NOTHING_OF_THE_SENDER_NOR_ASKED}[^?]*\b(?:does|do|did|would|will)\b[^?]*\b(?:want|prefer|favour|look for|expect)\s+(?:(?:[\w-]+\s+)?[\w-]+(?:ers|ists|ians|ants|ees)\b|(?:them|him|her|applicants|candidates|helpers|people|whoever|staff) to (?:have|hold|be|speak|know|drive|own)\b)[^?]*\?\s*$`,
  ].join('|'),
  'i',
);

// Whom their side mostly or usually hires, asked with nothing of the sender: "should your feather
// lab need a sample prep assistant, do they mostly hire new grads?" (held-out 72, a twin whose
// "hire" and "assistant" read as an ask at 0.99). On training 7 such questions, none an ask. Or
// whether they hire from outside ("Should the clinic take on a technician, does Mrs Threlfall, your
// manager, hire from outside?", held-out 73, a twin; on training one such question, no ask), or
// take locals, casuals or freelancers, asked as such ("does your studio hire locals for a paid day
// or two?", held-out 73, a twin; on training one such question, no ask; "if the library takes
// casuals…, id be in, could you…?" asks).
// (The question's opening, naming their side, and the sender nowhere after it; "I'd" is left out of
// the first two readings as it was when they were measured.)
const ASKED_OF_THEIR_SIDE = String.raw`\b(?:do|does|did|will|would) (?:they|it|(?:your|ur|the) [\w'-]+|[\w'-]+ [\w'-]+)`;
const NOTHING_OF_THE_SENDER_AFTER = String.raw`(?![^?]*\b(?:me|my|I|I'm|myself)\b)[^?]*\?`;
// Held-out 81: what someone of theirs does with those they take on, "…, does Mrs Adeyinka ur boss
// put them straight on the freight sheds?" (on training 9 such questions, "does Gordon the boss
// train them or want them qualified?", none an ask), and whether they give or take anyone at all,
// "does ur boss give anyone a paid trial then?" (on training 16 such questions, "do they hire people
// without degrees?", none an ask).
const ASKED_OF_SOMEONE_OF_THEIRS = String.raw`\b(?:do|does|did|would|will) (?:[\w'-]+,? ){1,5}?`;
const WHOM_THEY_USUALLY_HIRE = new RegExp(
  [
    String.raw`${ASKED_OF_SOMEONE_OF_THEIRS}(?:put|send|train|start|place|pair|give|set|keep|move|rotate|test) them\b${NOTHING_OF_THE_SENDER_AFTER}`,
    String.raw`${ASKED_OF_SOMEONE_OF_THEIRS}(?:give|offer|take on|hire|pay|let|try|trial) (?:anyone|anybody|people|folk|outsiders|newcomers|strangers|beginners)\b${NOTHING_OF_THE_SENDER_AFTER}`,
    String.raw`${ASKED_OF_THEIR_SIDE} (?:mostly|usually|normally|generally|tend to|typically|mainly|only|always|prefer to) (?:hire|take on|recruit|take|employ|pick|choose|go for|want)\b${NOTHING_OF_THE_SENDER_AFTER}`,
    String.raw`\b(?:hire|hires|hiring|recruit|recruits|appoint|appoints|take|takes)(?: people| staff)? (?:from (?:outside|inside|within)|internally|externally|in-house)\b${NOTHING_OF_THE_SENDER_AFTER}`,
    String.raw`${ASKED_OF_THEIR_SIDE} (?:ever |still |usually |mostly |often )?(?:hire|take on|employ|use|take) (?:locals|local people|local folk|casuals|freelancers)\b(?![^?]*\b(?:me|my|I|I'm|I'd|myself)\b)[^?]*\?`,
  ].join('|'),
  'i',
);

// Held-out 82: a question how their side goes about it, after a condition that it needs or takes
// someone on, with nothing of the sender and nothing asked of the contact: "n if paperkite's hiring
// a junior for the colour dept this year, are showreels rated over cvs?", "If your blending room
// wants help, whom do you hire?", non-native "If orchard need picker in September, they take city
// people?" (nine twins read as asks, by the classifier or by a pattern). On training
// 238 such sentences, none in a message that asks; the asks after such a condition name the
// sender, ask the contact to act ("cud u wave it under ur manager's nose?", "might you mention
// Michael Yeo to those who hire?") or begin "could", "might" or "maybe", and are left alone.
const A_CONDITION_ON_THEIR_NEED = String.raw`^\W*(?:(?:and|also|so|but|plus|n),?\s+)?(?:if|when|whenever|should|supposing)\b(?![^,?.!]*\b(?:I|me|my|I'd|id|you|u|could|can|might|may|fancy)\b)[^,?.!]*?\b(?:needs?|needing|wants?|wanting|lacks?|hiring|hires|taking on|takes on|recruiting|recruits|short)\b[^,?.!]*?`;
const THEN_HOW_THEY_GO_ABOUT_IT = String.raw`(?:,\s*|\s+(?=(?:do|does|are|is|must|who|whom|how)\s+(?!you\b)))(?=\S)(?!(?:could|can|might|may|please|maybe|perhaps|kindly|would you|will you|do you think)\b)(?![^?]*\b(?:I|me|my|mine|myself|I'm|I'd|I'll|I've|id|us|please|kindly|tell|told|say|says|speak|inform|explain|know|mention|pass|recommend|remember|keep|keeping|kept|put|forward|reach|hear|mind|send|sent|give|hand|name|number|nod|shout|backing|mouth|word|chance|introduce|consider|let|him|her)\b)(?![^?]*\b(?<!\bdo )you\b)[^?]*\?\s*$`;
const HOW_THEY_GO_ABOUT_THEIR_NEED = new RegExp(
  `${A_CONDITION_ON_THEIR_NEED}${THEN_HOW_THEY_GO_ABOUT_IT}`,
  'iu',
);

function readsHowTheyRun(text: string): boolean {
  return (
    HOW_THEY_RUN.test(text) ||
    NAMED_ONE_OF_THEIRS_ASKED_ABOUT.test(text) ||
    PEOPLE_OF_A_KIND_ASKED_ABOUT.test(text) ||
    WHOM_THEY_USUALLY_HIRE.test(text) ||
    HOW_THEY_GO_ABOUT_THEIR_NEED.test(text)
  );
}

/**
 * Whether the sentence asks how the contact's side runs itself, with the sender nowhere in it
 * ("how did your team decide it had room for a trainee?", "what kind of person does your manager
 * want in it?"). The phrases pass this gate too (tenth round): on the 4,570 training messages it
 * keeps 6 that ask for nothing from a phrase's false alarm and costs none that asks.
 */
function asksHowTheyRun(sentence: string): boolean {
  if (THEIR_NEED_ASKED_ABOUT.test(sentence) || REQUIREMENT_ASKED_ABOUT.test(sentence)) return true;
  if (
    !readsHowTheyRun(sentence) ||
    RELAYED_TO_WHOEVER_DECIDES.test(sentence) ||
    SENDER_IN_THIRD_PERSON.test(sentence)
  ) {
    return false;
  }
  if (!SENDER_IN_IT.test(sentence.replace(TELL_ME, ''))) return true;
  // News of the sender, then a semicolon and the question alone: "And the garage lets me go at
  // Easter; does your survey team take on field assistants in May, and does Dr Harcus, who hires
  // for it, favour graduates?" (held-out 60, a twin).
  const question = sentence.slice(sentence.lastIndexOf(';') + 1);
  return (
    question !== sentence &&
    readsHowTheyRun(question) &&
    !SENDER_IN_IT.test(question.replace(TELL_ME, ''))
  );
}

// News of their side the sender has heard, told with nothing asked: "I hear your commercial team
// will take on a trainee surveyor when the hospital job starts in spring", "I see your firm's
// graduate scheme now accepts older entrants" (held-out 27, both twins of an ask elsewhere), or
// what their website lists ("The museum website lists a conservation assistant vacancy with your
// team, closing on the 30th.", held-out 35; on training 6 such sentences, none an ask; "I
// hear your team is short, and I could start Monday" offers the sender and stays judged), with
// "And" before it too ("And I see your firm is hiring a graduate investigator in the spring.",
// held-out 37); non-native "In your website there is vacancy for orthotic technician assistant."
// (held-out 42). Held-out 44: "Your hospital is hiring assistant physiologist, I see on NHS Jobs.",
// and said plainly, "Your hospital take apprentice for nursing from September.". Held-out 46: "On
// your firm's page I read you need CAD technician.", "Your hospital have paid placement, one year,
// maternity support worker."; held-out 47's "Your school has advertised a vacancy for a
// bilingual teaching assistant with Nepali."; held-out 49's "I spotted on your website a
// year-long salaried QA trainee spot starting in March that turns permanent after.".
const THEIR_NEWS =
  /^\W*(?:your|ur|the)\b[^.?!]*,\s*(?:I|we) (?:see|saw|read|notice|noticed|hear|heard|gather)\b[^?]*$|^\W*(?:(?:and|so|also),? )?(?:your|ur) (?:[\w-]+ ){1,2}?(?:takes?|hires?|needs?|wants?|recruits?|ha(?:ve|s)|offers?|runs?|(?:is|are) (?:hiring|recruiting|taking(?: on)?)|(?:has|have) (?:just )?(?:advertised|posted|listed)|(?:is|are) advertising) (?:an? |some |new |more )?(?:[\w-]+ ){0,2}?(?:apprentices?|apprenticeships?|trainees?|traineeships?|placements?|staff|nurses?|assistants?|students?|graduates?|interns?|people|vacanc(?:y|ies)|posts?|roles?|jobs?|positions?|openings?)\b[^?!]*\.\s*$|^\W*(?:(?:and|so|also|but),? )?(?:I|we)(?: (?:also|just|now))? (?:hear|heard|see|saw|spot|spotted|gather|understand|notice|noticed|learn|learned|learnt) (?:that |on |in )?(?:your|ur|the)\b|^\W*(?:the|your|ur) (?:[\w-]+ ){0,3}?(?:website|site|page|ad|advert|listing|jobs board|noticeboard) (?:lists|shows|says|has|mentions|advertises)\b|^\W*(?:in|on) (?:the|your|ur) (?:[\w'-]+ ){0,2}?(?:website|site|page|jobs board|noticeboard) (?:there (?:is|are|was)|I (?:see|saw|read))\b[^?]*$/i;
// The sender's past told as a story, with nothing of the contact in it: "In Sana'a I worked in
// garden project as assistant, first month unpaid, and after they give me contract", "I moved to
// Manchester in 2023 and have just passed the first two papers of the ATT" (held-out 30, both the
// twin of an ask elsewhere).
// Their side's news as someone passed it on, with nothing asked: "Also Sahra say your dispensary
// need more person in summer.", "Your firm takes trainees for payroll every September, Olga told
// me." (held-out 32 and two training twins; the two asks on training that open this way ask in
// another sentence too: "My sister say your hospital need midwife. Please you tell the matron
// about me?").
// Whoever passed it on may take a few words to name: "A skipper I once crewed for tells me the
// Board hires an extra launch hand each summer…" (held-out 68; on training 42 sentences with four
// to eight words before the telling, none holding an ask its labeller marked).
// Held-out 80: "mentions that" it, with when it happens before their side ("Lorna also mentions
// that every spring your office appoints a services officer to support the unpaid-work teams.",
// read at 0.66, a twin); not "mentioned" without "that" ("Gary mentioned the groundsman job at the
// cricket club is up for grabs, I'm having that one if it's going!!" asks).
const THEIR_NEWS_PASSED_ON =
  /^\W*(?:(?:also|and|but|so),?\s+)?(?:[\p{L}'-]+\s+){1,8}?(?:say|says|said|tell me|tells me|told me|told us|tells us|(?:mentions|mentioned)(?= that\b))(?: to me)?,?\s+(?:that\s+)?(?:(?:every|each|most|next|come) [\w'-]+,?\s+)?(?:your|ur|the)\b|^\W*(?:your|ur|the)\b[^.?!]*,\s*(?:[\p{L}'-]+\s+){1,3}?(?:say|says|said|tell me|tells me|told me|told us)\s*[.!]?\s*$/iu;
const OWN_PAST =
  /^\W*(?:(?:(?:back )?in|at|for) [\p{L}\d'-]+(?: [\p{L}\d'-]+){0,3},? )?I (?:worked|was|moved|spent|passed|left|trained|studied|served|started|began|came|had|have (?:just |now |already |recently )?(?:passed|finished|completed|moved|worked|spent|been))\b/iu;
// The sender's own work ending, and so free from a date, told with nothing of the contact and
// nothing asked: "the gondola shuts for its refit after easter n im leaving it, so from may im
// free." (held-out 72, a twin, read at 0.37), "… so come september my days are wide open."
// (held-out 73, a twin, read at 0.54). On training 9 such sentences: one its labeller marked, in a
// message that asks in another sentence too, and eight that hold no marked ask.
// Held-out 76: "the bakery shuts for good end of march n after that im totally free n itching to
// start." (both of a pair, read at 0.39; its labeller marked the ask's other sentence; on training
// no such sentence).
const FREE_FROM_A_DATE_AS_NEWS =
  /^(?![^]*\b(?:you|your|yours|u|ur|if|should)\b)[^]*(?:,|\b(?:and|n))\s*(?:so\s+)?after (?:that|then),?\s*I(?:'m| am) (?:totally |completely |fully |entirely )?free(?:\s*(?:,|\b(?:and|n))\s*(?:itching|raring|keen|ready) to (?:start|go|begin))?\s*[.!]?\s*$|^(?![^]*\b(?:you|your|yours|u|ur|if|should)\b)[^]*(?:,|\b(?:and|n))\s*so (?:(?:from|after|come|by|in) [\w']+,? (?:I(?:'m| am) (?:free|available)|my (?:days|time|diary|week|weeks|calendar|evenings) (?:is|are) (?:wide )?(?:open|free|empty|clear))|I(?:'m| am) (?:free|available) (?:from|after|in|by) [\w']+)\s*[.!]?\s*$/i;
const SENDER_OFFERS =
  /\bI(?:'d| would| should| could| can|'ll| will| am ready| am free|'m free)\b/i;

/**
 * Whether the sentence tells a step the sender has taken, their past, or news of their side,
 * asking nothing (see OWN_NEWS, OWN_PAST and THEIR_NEWS).
 */
function toldAsNews(sentence: string): boolean {
  if (sentence.trimEnd().endsWith('?')) return false;
  // The sender's visa and when it ends, with nothing of the contact: "My Graduate visa is valid
  // until the end of next October; beyond that date, I may remain only in a post whose employer
  // holds a licence to sponsor me." (held-out 68, a twin; on training 45 such sentences, none
  // holding an ask its labeller marked), even where what would keep the sender reads like a
  // request ("…; after that, remaining here is possible only should a licensed sponsor take me
  // on.", held-out 71).
  if (VISA_TIMELINE.test(sentence) && !MENTIONS_THE_CONTACT.test(sentence)) return true;
  // (Before the request words, which read "from may I'm free" as "may I".)
  if (FREE_FROM_A_DATE_AS_NEWS.test(sentence)) return true;
  if (REQUEST.test(sentence)) return false;
  if (OWN_PAST.test(sentence) && !MENTIONS_THE_CONTACT.test(sentence)) {
    return !SENDER_OFFERS.test(sentence);
  }
  return (
    OWN_NEWS.test(sentence) ||
    ((THEIR_NEWS.test(sentence) || THEIR_NEWS_PASSED_ON.test(sentence)) &&
      !SENDER_OFFERS.test(sentence))
  );
}

/** Whether the sentence says the sender is not asking for a job. */
function isDenial(sentence: string): boolean {
  return DENIAL.test(sentence);
}

/**
 * Whether a phrase's hit in the sentence may stand: not a denial ("I'm not asking you to hire me"),
 * not a question about how their side runs with the sender nowhere in it, and not news told with
 * nothing asked. The classifier's gate below starts from the same three.
 */
export function phraseMayStand(sentence: string): boolean {
  return !isDenial(sentence) && !asksHowTheyRun(sentence) && !toldAsNews(sentence);
}

/**
 * Whether the learned classifier may judge the sentence: not a denial, not a question about how
 * the contact's side runs itself with the sender nowhere in it ("I'd love to hear how your
 * platform team is set up"), not an offer of more of the conversation ("if you need another
 * call, I'm free on Friday") nor a request to be on a mailing list: the gate the cues pass too
 * (sixth round; the twins that keep an ask's job words around a question about the contact were
 * the classifier's false alarms).
 */
export function classifierMayJudge(sentence: string): boolean {
  return (
    phraseMayStand(sentence) &&
    !NEEDS_A_CONVERSATION.test(sentence) &&
    !THEIR_TIME.test(sentence) &&
    !THINKING_IT_THROUGH.test(sentence) &&
    !FOR_A_CONVERSATION.test(sentence) &&
    !(TREAT_ON_ME.test(sentence) && !JOB_WORD.test(sentence)) &&
    !READERS_LIST.test(sentence) &&
    !PLACE_AT_AN_EVENT.test(sentence) &&
    !(
      WHEN_FREE_ONLY.test(sentence) &&
      !JOB_WORD.test(sentence) &&
      !MENTIONS_THE_CONTACT.test(sentence)
    ) &&
    !(INTRODUCTION_ONLY.test(sentence) && !JOB_WORD.test(sentence)) &&
    !AS_AN_EXAMPLE.test(sentence) &&
    !OWN_WAY_PAID.test(sentence) &&
    !(LIKE_YOU.test(sentence) && !STAFFING_WORD.test(sentence)) &&
    !(INTO_A_FIELD.test(sentence) && !STAFFING_WORD.test(sentence)) &&
    !(OCCASION_FOR_WRITING.test(sentence) && !MENTIONS_THE_CONTACT.test(sentence)) &&
    !ADVICE_THINGS.test(sentence) &&
    !CAREER_HELP_ONLY.test(sentence) &&
    !(WANTS_THEIR_ADVICE.test(sentence) && !STAFFING_WORD.test(sentence)) &&
    !(NAME_IN_CASE.test(sentence) && !JOB_WORD.test(sentence)) &&
    !(
      WATCHING_THE_WORK.test(sentence) &&
      !STAFFING_WORD.test(sentence) &&
      !STAYING_ON.test(sentence)
    ) &&
    !STARTING_THE_CALL.test(sentence) &&
    !(ALONG_FOR_A_SPELL.test(sentence) && !STAYING_ON.test(sentence)) &&
    !(WORKING_ALONGSIDE_FOR_DAYS.test(sentence) && !STAYING_ON.test(sentence)) &&
    !(ABOUT_THIS_MESSAGE.test(sentence) && !JOB_WORD.test(sentence)) &&
    !(REMEMBER_ME_FROM.test(sentence) && !JOB_WORD.test(sentence)) &&
    !(PASSED_ON.test(sentence) && !REQUEST.test(sentence) && !STAFFING_WORD.test(sentence)) &&
    !(CHOSEN_TO_ASK.test(sentence) && !STAFFING_WORD.test(sentence)) &&
    !(DREAM_JOB.test(sentence) && !TAKEN_ON.test(sentence)) &&
    !(
      WHERE_MY_CV_IS.test(sentence) &&
      !REQUEST.test(sentence) &&
      !JOB_WORD.test(sentence) &&
      !sentence.includes('?')
    ) &&
    !(ADVICE_WORTH.test(sentence) && !STAFFING_WORD.test(sentence)) &&
    !(
      VISA_TIMELINE.test(sentence) &&
      !MENTIONS_THE_CONTACT.test(sentence) &&
      !sentence.trimEnd().endsWith('?')
    ) &&
    // A message sent round to many (part-sentences.ts) says so with no post in it: "This email I
    // send today to every optician in Luton and Dunstable, all same words, maybe somebody reply to
    // me." (held-out 56, read at 0.60).
    !(sentToMany(sentence) && !STAFFING_WORD.test(sentence)) &&
    !(COMING_TO_THEM.test(sentence) && !JOB_WORD.test(sentence)) &&
    !OWN_STEP_ELSEWHERE.test(sentence) &&
    !FINISHING_NEWS.test(sentence) &&
    // (the one staffing pattern first: it spares most sentences the list of flexibility patterns)
    !(!STAFFING_WORD.test(sentence) && mentionsAny(sentence, FLEXIBILITY))
  );
}

export interface CueMatch {
  intent: JobAskIntent;
  start: number;
  end: number;
}

/** The job the sentence asks for, if it names one and asks or wishes for it; offsets in the sentence. */
export function jobAskByCues(sentence: string): CueMatch | undefined {
  const asks = REQUEST.test(sentence) || sentence.trimEnd().endsWith('?');
  // The cues pass the same gate as the classifier: no denial, no question about their side alone.
  if (!asks || !classifierMayJudge(sentence)) {
    return undefined;
  }
  for (const { intent, pattern } of CUES) {
    for (const match of sentence.matchAll(pattern)) {
      const before = sentence.slice(0, match.index);
      // Only a plain job noun can be theirs or someone else's; a shortlist, a recruiter or
      // "my application" is the sender's business whoever the sentence starts with.
      const isTheirs =
        intent === 'opening' &&
        ((ABOUT_THEM.test(before) && !/^(?:a|an|any|some|my)\b/i.test(match[0])) ||
          (OTHERS_DO_IT.test(before) && !/\b(?:me|my|I)\b/.test(sentence)));
      const around = sentence.slice(Math.max(0, match.index - 20));
      if (!isTheirs && !ADVICE_FRAME.test(around)) {
        return { intent, start: match.index, end: match.index + match[0].length };
      }
    }
  }
  return undefined;
}

// "Your salon need stylist for Saturday?", "do you ever need a hand in the workshop?", non-native
// "Your venue search sound technician for weekend?" (held-out 35): a question
// whether their side needs, takes or wants someone. Alone it may be curiosity ("is your agency
// always short of carers?"); followed by the sender saying they are ready for the work, it asks.
const STAFFING_QUESTION =
  /\b(?:need|needs|needing|want|wants|take|takes|taking|(?:looking|searching|look|looks) for|search|searches|(?:is|are|'s|'re|be)\s+(?:\w+\s+)?after|hiring|use)\s+(?:(?:a|an|any|more|another|some|extra|new|one)\s+)?(?![\w-]+\s+(?:call|chat|minutes?|mins?|time|coffee|questions?)\b)[\w-]+(?:,?\s+[\w-]+){0,8}\s*\?\s*$/i;
// What a conversation, a reply or the sender's own business would ask for instead.
const NOT_ABOUT_STAFF =
  /\b(?:me|my|myself|call|chat|minutes?|mins|coffee|questions?|advice|reply|answer|information|details|meeting|talk)\b/i;
// "Also one question: your workshop take someone for lime work, even with small salary?" (held-out
// 38): the lead that announces a question is not what the question is about.
const QUESTION_LEAD =
  /^\W*(?:(?:and|also|so|but)\s+)?(?:one|a|another|my|the|last)\s+(?:(?:small|quick|last|other|more|final)\s+)?(?:question|thing)\s*:\s*/i;
// "I can start next week", "I can work any day", "I have papers now", "I'd jump at it", "I can come
// on Monday", "I can work saturday and sunday", "This man is me :)" (held-out 33); "From spring I
// am free, I am strong and I learn fast." (held-out 38).
const READY_FOR_THE_WORK =
  /\bI (?:can|could|will|'ll) (?:come|start|be there) (?:in )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|next week|tomorrow)\b|\bI (?:can|could) work (?:on )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|evenings?|days|nights)\b|\bI(?:'m| am| can| could| would|'d| will|'ll)?\s+(?:(?:really|also|honestly|very)\s+)?(?:start|begin|work (?:any|every|weekends?|nights?|from|for|hard)|come (?:tomorrow|for work|and work|any day)|jump at|be ready|(?:am |'m )?ready for)\b|\bI(?:'m| am) (?:ready|(?:fully )?qualified|free to start)\b|\bI (?:have|'ve got|got) (?:my |all my |the )?(?:papers|licen[cs]e|certificates?|DBS|visa|experience of)\b|\bI want it\b|\b(?:this|that|the) (?:man|woman|person|guy|girl|lad|one) is me\b|\bI(?:'m| am) free\b(?!\s+(?:to (?:talk|chat|speak|call|meet)|for (?:a )?(?:call|chat|talk)))|\bI(?:'m| am) (?:strong|fit|reliable|hard-working|hardworking|a hard worker)\b|\bI learn (?:fast|quickly|quick)\b/i;

/**
 * Which sentences ask whether the contact's side needs someone and are answered, in the sentence
 * after, by the sender saying they are ready for the work ("Your charity need interpreter Arabic?
 * I can work any day."); indexes into `sentences`.
 */
export function answeredStaffingQuestions(sentences: readonly string[]): number[] {
  return sentences.flatMap((sentence, index) => {
    const next = sentences[index + 1];
    return next !== undefined &&
      STAFFING_QUESTION.test(sentence) &&
      !NOT_ABOUT_STAFF.test(sentence.replace(QUESTION_LEAD, '')) &&
      // (Their need asked about with neither side in it is answered here by the sender's
      // readiness: "Does the depot need drivers for nights? I can work weekends and nights.")
      (classifierMayJudge(sentence) || THEIR_NEED_ASKED_ABOUT.test(sentence)) &&
      READY_FOR_THE_WORK.test(next)
      ? [index]
      : [];
  });
}

// A question or an offer whether their side needs, takes on or has room for one more person now:
// "are you taking anyone on at the moment?", "You in need of another barber?", "any locum days
// going at your clinic?", "id come back in a heartbeat if you had a chair spare". People write
// these as the whole ask, with nothing after them. The near misses on training ask how their
// side decides (who, how, when), look back (did, was, had), ask about a habit ("do you take on an
// extra pair of hands in summer?", "every year", "does Holt ever pair you up?") or are about the
// sender's own side ("I have clients who want an extra clean"); none of those pass.
const NOT_HOW_OR_WHEN =
  /\b(?:who|what|how|when|did|was|were|had)\b[^?.!]*\b(?:need|needs|want|wants|take on|taking|hiring|after)\b|\b(?:do|does) (?:you|they|it|the [\w-]+|your [\w-]+) (?:ever |usually |normally |often )?take on\b/i;
const HABIT =
  /\b(?:every (?:year|summer|winter|season|week)|usually|normally|always|typically)\b|\b(?:do|does) (?:[\w-]+ ){1,2}ever\b/i;
const SENDERS_SIDE_NEEDS =
  /\b(?:I|we|my|our|I'm|we're)\s+(?:[\w'-]+\s+){0,2}?(?:need|needs|want|wants|after|taking|hiring)\b/i;
const ONE_MORE_NOW: readonly RegExp[] = [
  // "need another stylist", "ur lot are after a second analyst", "fancy an extra pair of hands"
  // ("You made the degree apprenticeship after another career" is no staffing ask, held-out 21; nor
  // "As forecasting came to you after another career too, …", held-out 75: a life before, not a
  // person wanted).
  /\b(?:need|needs|needing|in need of|want|wants|(?:is|are|'s|'re|be|you|u|they)\s+(?:[\w-]+\s+)?after|taking on|take on|hiring|hire|fancy|fancy having|use|do with|room for|space for)\s+(?:another|a second|an extra|one more|extra)\s+(?!(?:career|life|trade|profession|calling|line of work|working life)\b)[\w-]+/i,
  // "are you taking anyone on", "is it hiring any bakers right now", "you need anyone poolside".
  /\b(?:are|is|you|your|it)\b[^?.!]{0,30}\b(?:taking (?:anyone|anybody|someone|people) on|taking on (?:anyone|anybody|staff|people)|hiring (?:anyone|any|at the moment|right now|now)|need(?:ing)? (?:anyone|anybody|someone|somebody|staff|hands|help)|after (?:anyone|anybody|someone|staff|help))\b/i,
  // "any locum days going at your clinic?", and with no "any": "summer labouring going with ur
  // lot?" (held-out 42).
  /^\W*(?:[\w-]+ ){0,2}?(?:labouring|labour|work|shifts|hours|days|jobs|gigs|cover|overtime)\s+going\b[^.!]*\?/i,
  /\bany (?:[\w-]+ ){0,2}?(?:days|shifts|hours|work|jobs|gigs|cover|vacancies|openings)\s+going\b[^.!]*\?/i,
  // "if you had a chair spare", "a desk going spare at the salon", "a seat going".
  /\b(?:a|any|an|the) (?:[\w-]+ )?(?:chair|seat|desk|bench|van|pitch|spot|stall|station|locker) (?:spare|going spare|going|free)\b/i,
  // "should a berth in your engine room ever come free", "if a surgery … ever sat empty": a post
  // or a place on their side, not an evening or a slot in the diary.
  /\b(?:if|should|once)\b[^.?!]{0,20}?\b(?:post|role|job|position|seat|chair|desk|surgery|berth|bunk|bed|spot|pitch|van|bench|station|round|route|vacancy|opening)\b[^.?!]{0,40}?\b(?:come|comes|become|becomes|fall|falls|sat|sits|open|opens|were to come) (?:up )?(?:free|empty|vacant|spare)\b/i,
  // "if you've a spare bunk in staff digs", not "if you have a spare twenty minutes".
  /\bif (?:you|your [\w-]+|the [\w-]+)(?:'ve| have| had|'ve got| got| has)? (?:a|any|an) spare (?!(?:minutes?|moments?|hours?|time|half|mins|[0-9]+|ten|twenty|fifteen|thirty|five|few|couple|evening|morning|afternoon|day|lunch)\b)[\w-]+/i,
];
// "I want to drive for your company", "I wish to work on your farm", "being your next hire":
// the sender's wish to work there, with no wish to learn, hear or ask in between.
const WISH_TO_WORK_THERE: readonly RegExp[] = [
  /\bI (?:really )?(?:want|would love|'d love|hope|wish|would like|'d like|am keen|'m keen|dream)\s+(?:to\s+)?(?:(?!understand|know|learn|hear|see|ask|find|talk|chat|speak|discuss)[\w-]+\s+){0,4}?(?:for|at|in|on|with|into|join) your (?:[\w-]+ ){0,2}?(?:company|team|firm|lab|laboratory|office|salon|shop|studio|practice|clinic|hospital|ward|kitchen|restaurant|bar|crew|site|depot|garage|workshop|centre|store|branch|agency|school|nursery|farm)\b/i,
  /\b(?:be|being) your (?:next|newest|new) (?:hire|recruit|starter|trainee|apprentice|intern)\b/i,
  // "Hoping to be your colleague in the HR team", "see you on your next shift as your crewmate".
  /\b(?:be|being|become|becoming) your (?:new |next )?(?:colleague|crewmate|workmate|teammate|co-worker|coworker)s?\b|\bworking together (?:in|at|on) your\b|\bas your (?:new )?(?:crewmate|colleague|teammate|workmate|co-worker)\b/i,
];

// Someone on their side told about the sender, or the sender put on their list: "would u tell ur
// practice manager to ring me about the sat clinic nurse thing?", "could u nudge ur ops manager
// about me?", "tell your harbour master that a former navigator … is free from the spring", "a
// nudge towards a team leader post at your sorting office", "write my name in the register of
// interpreters of your agency", "take me in the nursing home where you are manager", "the police
// will accept me as interpreter?" (held-out 18's misses; on training these shapes found 45 ask
// sentences and none of a message asking for no job).
const BOSS =
  '(?:manager|boss|head|director|supervisor|master|lead|chief|owner|gaffer|HR|recruiters?|foreman|editor|matron|partner|principal|headteacher|head teacher|coordinator|superintendent|team leader|proprietor|chef|consultant|registrar)s?';
const PUT_FORWARD: readonly RegExp[] = [
  new RegExp(
    `\\b(?:tell|telling|nudge|remind|ping|ask|mention (?:me|my name) to|have a word with|put (?:in )?a (?:good )?word (?:in )?with|give|let)\\s+(?:your|the|his|her)\\s+(?:[\\w'-]+\\s+){0,3}?${BOSS}\\b[^.?!]{0,60}?(?:\\babout me\\b|\\bto (?:ring|call|contact|email|e-mail|text|message|phone) me\\b|\\bthat (?:I|I'm|I am|a [\\w -]{0,60}? (?:is|was) (?:free|available|ready|keen|looking|interested|around))\\b)`,
    'i',
  ),
  /\b(?:a|any)(?: [\w-]+)? (?:nudge|push|steer|shove|leg-up|leg up) (?:towards|toward|into|onto|for) (?:a|an|the|that) (?:[\w-]+ ){0,3}?(?:post|role|job|position|place|spot|vacancy|opening|shift|contract)\b/i,
  /\b(?:write|put|add|get|pop|enter|include)\s+(?:my name|me)\s+(?:on|in|onto|into|down (?:on|in|for))\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:register|books|bank|panel|roster|pool|database|rota)\b/i,
  // Held-out 32: the sender's name going on their list, "It is possible my name goes on your list
  // of men for the winter thinning?" (a waiting or reading list is no place on their side);
  // held-out 33: "…my name goes on your school's list for substitute teachers…".
  /\bmy name (?:could |can |might |may |would |to )?(?:go|goes|going|went|get|gets|be|being|is|was)\s+(?:put\s+|added\s+|written\s+)?(?:on|onto|in|into|down (?:on|in|for))\s+(?:the|your|ur)\s+(?:[\w'-]+\s+){0,2}?(?<!\b(?:waiting|reading|wish|shopping|reserve)\s)(?:list|register|books|bank|panel|roster|pool|database|rota)\b/i,
  /\b(?:take|have|bring|get)\s+me\s+(?:in|into|on at|on in|on to|onto)\s+(?:the|your)\s+(?:[\w-]+\s+){0,3}?(?:home|team|company|firm|hospital|ward|shop|kitchen|salon|restaurant|hotel|store|depot|site|office|clinic|practice|school|nursery|lab|studio|agency|centre|center|farm|garage|workshop|crew|department)\b/i,
  // Held-out 19: "let that gap be filled by me", "second me into the special collections team",
  // "take a 45-year-old on as your apprentice", "take me back on", "earning my keep in your office"
  // (on training 19 ask sentences, none of a message asking for no job).
  /\b(?:filled|covered|taken) by me\b/i,
  // Held-out 39: word passed to whoever sorts their places ("If you're chatting to whoever sorts
  // them, say I'm well up for one."), and the sender on the first boat if their side wants someone
  // (Shetland "An if dy lab wants a peerie tech, I'd catch da first ferry.").
  /\b(?:say|tell (?:them|him|her)|mention|let (?:them|him|her) know)\b[^.?!]{0,10}?\b(?:that )?I(?:'m| am| would be|'d be) (?:well |really |very |so )?(?:up for|keen on|interested in|after|game for) (?:one|it|a (?:place|spot|post|job|role|shift|placement))\b/i,
  /\bif (?:your|ur|dy|yer|the) (?:[\w-]+ )?(?:wants|needs|is after|'s after) (?:an?|another|one more|some) (?:[\w-]+ ){0,2}?[\w-]+,? I(?:'d| would|'ll| will) (?:catch|take|get|be on|jump on|hop on) (?:the |da |de )?(?:first|next|earliest) (?:ferry|train|bus|plane|flight|boat)\b/i,
  // Held-out 38: someone on their side told of the sender's wish to work there ("Please, tell your
  // chief pharmacist that a Sudanese man who know medicines six years, he dream to work in her
  // dispensary."), and the sender as the one a need of theirs wants ("If the estate's ever after a
  // fella with no fear of heights to sort the glasshouse roof, well, he's on the phone to you
  // now").
  new RegExp(
    `\\b(?:tell|telling|let) (?:your|the|his|her) (?:[\\w'-]+ ){0,3}?${BOSS}\\b[^.?!]{0,20}?\\bthat\\b[^.?!]{0,80}?\\b(?:dreams?|wants?|wishes|longs?|hopes?|would love|would like|'d love|is keen|keen) to (?:work|join)\\b`,
    'i',
  ),
  /\b(?:if|should|when|whenever)\b[^.?!]{0,60}?\b(?:want|wants|need|needs|look(?:s|ing)? for|(?:'s|is|are) (?:ever )?after)\s+(?:an?|another|one more|some)\s+[\w-]+\b[^.?!]*\b(?:he|she)(?:'s| is) (?:on the (?:phone|line) to you|writing to you|talking to you|right here)\b/i,
  // Held-out 37: a gap not yet filled and the sender offered for it, in the third person too: "If
  // she's nae found onybody, a dinner wifie that's kept three hunner bairns in order … widna be a
  // bad bet!"
  /\bif (?:she|he|they|you|u|(?:your|ur|yer) [\w-]+)(?:'s|'ve|\s+has|\s+have|\s+hasn't|\s+haven't)?(?:\s+(?:nae|not|no|never|still not|yet))?\s+(?:found|got|hired|recruited)\s+(?:anybody|anyone|onybody|onyone|someone|somebody)\b[^.?!]*,[^.?!]*\b(?:would|wouldn't|widna|wouldna|wouldnae|could|I'd|I'll|I can)\b/i,
  // Held-out 21: "if it's still open I'd bite their hand off, could you tell them?" (the two such
  // relays on training ask, as do both "I'd bite your hand off").
  /\b(?:I'd|I would|id|I'll|I will) (?:love|bite|jump|happily|gladly|be up for|do it)\b[^.?!]*\b(?:could|can|would|will) (?:you|u) (?:tell|let) (?:them|him|her)(?: know)?\s*\?\s*$/i,
  /\bbite (?:their|your|ur|his|her) hand off\b/i,
  new RegExp(
    `\\b(?:forward|forwarding|pass|passing|send|sending|hand|handing) (?:it|them|my CV|my cv|my résumé|my resume|my details) (?:on )?to (?:your|the) (?:[\\w'-]+ ){0,2}?${BOSS}\\b`,
    'i',
  ),
  // Held-out 22: a gap on their side the sender offers to fill, "I hear your depot will be short of
  // guards…, and I would willingly transfer across and cover some of those turns"; held-out 23: "if
  // the studio's short of a junior writer one day, give us a shout first". And a CV or "it" sent on
  // to whoever decides (held-out 23). Held-out 31: "Any Saturday the news desk is a reporter down,
  // I'd come in and cover the whole shift, just ask."
  /(?:\bshort(?:-handed| of (?:[\w-]+ ){0,2}?[\w-]+)|\b(?:a|one|two) (?!(?:bit|little|lot|way|long|step|day|week|month|year|minute|moment|couple|hour|mile|point|place)s?\b)[\w-]+ (?:down|short)(?! (?:the|to|on|from|at)\b))\b[^.?!]*\b(?:I(?:'d| would|'ll| will| could| can)\s+(?:\w+\s+){0,3}?(?:cover|fill|transfer|step in|help out|pick up)|(?:give|drop|send) (?:me|us) a (?:shout|call|ring|bell|text|message|line))\b/i,
  // Held-out 33: a gap their side may have, the sender offering to see it through: "Should one of
  // your evening classes lose its tutor partway through a term, I would happily see the class
  // through the weeks that remain."
  /\b(?:if|should|when|whenever)\b[^.?!]{0,60}?\b(?:lose|loses|lost|is left without|are left without|be left without|goes without|go without)\s+(?:its|their|a|an|the|your|ur|his|her)\s+[\w-]+\b[^.?!]*\bI(?:'d| would|'ll| will| could| can)\s+(?:\w+\s+){0,2}?(?:see|cover|step|fill|take|help|stand|do|run|teach|pick)\b/i,
  // Held-out 34: someone on their side dropping out, the sender slotting in ("Also if one of your
  // planters drops out this winter I'd happily slot in"); the sender offered in the third person
  // after a need of theirs ("Should Wessex Moor ever want a site assistant who…, there is such a
  // man in Swindon, and this letter comes from him."); their side calling the sender in for the
  // work as it does others ("when Arabic work comes, your agency can call me too, like the other
  // interpreters?").
  /\b(?:your|ur|yer)\b[^.?!]{0,30}?\b(?:drops?|dropped|pulls?|pulled) out\b[^.?!]{0,60}\bI(?:'d| would| could| can|'ll| will)\s+(?:\w+\s+){0,2}?(?:slot|step|fill|jump|come) in\b/i,
  /\b(?:if|should|when|whenever)\b[^.?!]{0,60}?\b(?:want|wants|need|needs|look for|looks for)\s+(?:an?|another|one more)\s+[\w-]+\b[^.?!]*\bthere(?:'s| is) (?:such an?|just the|exactly the) (?:man|woman|person|lad|lass|girl|fella|one)\b/i,
  /\byour (?:[\w-]+ ){0,2}?(?:agency|company|firm|team|office|lot|clinic|service|practice|studio|shop|kitchen|site|crew|department|unit) (?:can|could|may|might|will) (?:call|ring|phone|book) me (?:too|also|as well)\b/i,
  // Held-out 35: "Your agency can register me for Vietnamese interpreter when I have the
  // diploma?", "Perhaps at your studio there is work for answer phone and bookings…?" (on training
  // both shapes ask, 2 of 2), "if the council is after a planning support officer giz a ring".
  // (Not an event: "Could you register me for your careers webinar next week?")
  new RegExp(
    `\\bregister me (?:for|as|on|with)\\b(?! (?:the|a|an|your|ur|this|that|next|its) (?:[\\w-]+ ){0,2}?${EVENT}\\b)`,
    'i',
  ),
  /\b(?:at|in) (?:your|ur) [\w-]+,? there (?:is|are|might be|may be|could be) (?:any |some )?(?:work|a job|jobs|a place|a position|shifts|hours)\b/i,
  /\b(?:is|are|'s|'re) (?:after|looking for|wanting|needing) (?:an?|another|some) [\w-]+[^.?!]*\b(?:giz|give (?:me|us)|gimme) a (?:ring|call|shout|bell|text|message|line)\b/i,
  // Held-out 36: work of theirs the sender offers to do for pay ("when ur team runs guerrilla tests
  // at weekends, I'd do them for a bit of cash", "whenever your lot are after a note-taker in the
  // research sessions, I'm game for pocket money"), and the sender's name kept near the top of
  // their thoughts when they recruit.
  /\b(?:your|ur|yer)\b[^.?!]*\bI(?:'d| would|'ll| will| could| can|'m| am)\s+(?:[\w']+\s+){0,4}?(?:for|on) (?:a bit of |some |a few |a little |a bit of extra )?(?:cash|pocket money|a wage|wages|pay|quid|a few quid|a fee|beer money)\b/i,
  /\b(?:recruit\w*|hir(?:e|es|ing)|vacanc\w*|posts?|roles?|jobs?|positions?|openings?|intake|places?)\b[^.?!]*\bmy name\b[^.?!]{0,30}\b(?:in|near|at|on) (?:the (?:top|front|forefront) of )?(?:your|ur) (?:thoughts|mind)\b/i,
  /\b(?:second|transfer|move|bring|take)\s+me\s+(?:back\s+)?(?:into|onto|to|on to)\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:team|department|unit|office|crew|site|branch|lab|ward)\b/i,
  /\btake (?:me|someone like me|an? [\w-]+(?:-[\w-]+)*) on as (?:your|an?|the)\b/i,
  /\b(?:take|have) me back on\b|\btake me back as\b/i,
  /\bearn(?:ing)? (?:my keep|a wage|some money|money|a living|a few quid) (?:in|at|with|for|on) your\b/i,
  /\b(?:accept|take|have|hire|employ|engage|book)\s+me\s+as\s+(?:(?:a|an|your|their)\s+)?(?!(?:a|an|your|their|mentee|student|friend|connection|contact|member|follower|guest|volunteer)\b)[\w-]+/i,
];

/**
 * Whether the sentence asks for a place on their side in one of the shapes above: one more person
 * now, the sender put forward or on their list, or the sender's wish to work there (tenth round; on
 * the 4,570 training messages these shapes find 190 sentences of job asks and none of a message
 * asking for no job). Gated like the cues.
 */
export function asksForAPlaceNow(sentence: string): boolean {
  if (!classifierMayJudge(sentence)) return false;
  const oneMoreNow =
    !NOT_HOW_OR_WHEN.test(sentence) &&
    !HABIT.test(sentence) &&
    !SENDERS_SIDE_NEEDS.test(sentence) &&
    ONE_MORE_NOW.some((pattern) => pattern.test(sentence));
  return (
    oneMoreNow ||
    PUT_FORWARD.some((pattern) => pattern.test(sentence)) ||
    WISH_TO_WORK_THERE.some((pattern) => pattern.test(sentence))
  );
}

// "is ur home doing the bank staff thing again? sign me up pls!": an eager reply to a sentence
// about their staff or shifts.
const EAGER_REPLY =
  /^\W*(?:sign me up|count me in|put me down|pick me|I'm your (?:man|woman|girl|guy|lad))\b/i;
const ABOUT_STAFF_OR_SHIFTS =
  /\b(?:staff|staffing|shifts?|rota|bank|crew|cover|hands|jobs?|work|vacanc(?:y|ies)|roles?|posts?|positions?|hiring|recruiting|openings?)\b/i;

/** Which sentences are an eager reply to the sentence before, when it is about staff or shifts. */
export function eagerReplies(sentences: readonly string[]): number[] {
  return sentences.flatMap((sentence, index) => {
    const before = sentences[index - 1];
    return before !== undefined &&
      EAGER_REPLY.test(sentence) &&
      ABOUT_STAFF_OR_SHIFTS.test(before) &&
      classifierMayJudge(sentence)
      ? [index]
      : [];
  });
}

// "Your airline it need more crew for winter? I ask because I write project about crew planning.":
// the sentence after says the question is curiosity, or asks whether it was the contact's own way
// in ("do ur food safety lot take on summer students? wondering if that's how u got in", held-out
// 26), or asks only to know ("Your organisation open place for youth worker every year? I ask only
// to know the way in."), or that the sender is not applying and only curious ("Your company is
// taking trainees? I am not applying now, just I am curious what the director looks for."; held-out
// 32), or that the sender did the same elsewhere and wonders how theirs compares ("is ur theatre
// doing a panto band again? i did the pit gig at the Alhambra last yr so just wondering how urs
// compares.", a training twin the classifier retrained on 8,417 messages scored over its
// threshold), or that the sender is not applying yet ("Your company still take graduate actuary
// this year? I not apply yet, first I want to finish exam CM1.", held-out 35), or goes on to wonder
// about their side with the sender nowhere in it ("Your pharmacy take apprentice this autumn? I
// wonder, what the one you take learn in first months?", held-out 38), or asks the other way round
// ("Your practice take apprentice vet nurse this year? Or practice manager like only young people
// for it?", held-out 45), or what follows if it does ("Maybe your office is looking for support
// worker? In this case, the manager ask UK experience only, or Ghana one is useful also?", held-out
// 46).
const SAYS_WHY_IT_ASKS =
  /^\W*(?:I (?:(?:am|'m|do|will|shall) )?(?:not|n't|never) (?:apply|applying)(?: for (?:it|this|that|one))?,? (?:yet|now|this year|for now)\b|I (?:only |just )?ask (?:only |just )?(?:to (?:know|understand|learn|see)|for (?:interest|information|my (?:own )?(?:knowledge|understanding)))\b|I(?:'m| am) not applying\b[^.?!]*\b(?:just|only|simply|purely)\b[^.?!]*\b(?:curious|wonder(?:ing)?|to know|interested)\b|I(?:'m| am)? (?:only |just )?ask(?:ing)? (?:this |that )?because|(?:just |only )?asking because|the reason I ask\b|(?:I(?:'m| am) )?(?:just |only |purely )?(?:curious|nosy)\b(?!\s+(?:if|whether|to know if)\b)|purely (?:out of )?curiosity|(?:I(?:'m| am| was) )?(?:just )?wondering (?:if|whether) (?:that's|that is|that was|this is|it's|it is|it was) how (?:you|u)\b|(?:is|was) (?:that|this|it) how (?:you|u) (?:got|started|began|came)\b|[^.?!]*\bso (?:just )?wondering how (?:yours|urs|your one|ur one|theirs) compares?\b|I(?:'m| am)? wonder(?:ing)?,?\s+(?:what|how|which|when|where)\b(?![^.?!]*\b(?:I|me|my)\b)|(?:or|in (?:this|that) case|if so|if yes)\b,?(?![^.?!]*\b(?:I|me|my|myself|we|us|you|u|call|chat|talk|speak|phone|minutes?|mins?|coffee)\b)[^.?!]*\?\s*$)/i;

// A question whether their side hires, with the sender nowhere in it, followed by another question
// about their side ("is ur company hiring grads for the data team? do they care about a degree?",
// "Your clinic take a helper in the summer? Your boss choose students for this?", held-out 48;
// their asks add "cud u refer me?" or "you speak with boss so he give this work to me?"); not the
// call asked for after an ask in the third person ("Is possible we have phone talk 20 minutes?").
// In non-native English it may open on the bare noun for their side ("Director want degree for
// junior designer, or portfolio enough?", after "CV attached.", held-out 65).
// Or on when their side would need someone ("If ferry company is needing engine room helper,
// manager ask British certificate, or Sri Lanka diploma is enough?", after "Also attach my CV
// here.", held-out 74 and twice in 75).
const SENDER_WORDS = /\b(?:I|I'm|I'd|I've|I'll|me|my|myself|mine)\b/i;
const THEIR_SIDE_QUESTION =
  /^\W*(?:(?:and|n|so|also|but|or) )?(?:for (?:an? )?(?:[\w-]+ ){1,4}?(?:in|at|on|with) (?:[\w-]+ ){0,2}?[\w-]+,\s*|(?:if|when|whenever) [^,.?!]{1,80},\s*)?(?:do|does|did|is|are|was|were|would|will|your|ur|the|they|their|she|he|boss|manager|director|owner|supervisor|chief|company|firm|lab|office|clinic|team|hospital|practice|agency|studio|workshop)\b(?![^.?!]*\b(?:we|us|call|chat|talk|speak|phone|telephone|minutes?|mins?|coffee|meet)\b)[^.?!]*\?\s*$/i;

// "I enclose my CV." with nothing else in the sentence (held-out 39's twin, where the next sentence
// says "It is only a picture of my starting point; applying is some way off yet").
// Held-out 75 adds the non-native ways of saying it ("My CV, please see attachment.", "CV is
// attach, please see.", "Also attach my CV here.", "CV is attached with this mail."); on training
// ten messages hold one of these lines with no ask, and every job-ask message that holds one asks
// in another sentence, which its labellers marked instead. Held-out 79: "In this email is also my
// CV attached." (a twin, where the next sentence asks "When laboratory of you want person for
// polishing, owner need British certificate, or Iraq experience is also counting?"). Held-out 81:
// "My CV also I attach in this email, please look." (a twin; on training 2 such lines, one in a
// message that asks in another sentence, which its labellers marked).
const CV_ENCLOSED_ONLY =
  /^\W*(?:(?:I(?:'ve| have)? (?:enclose|enclosed|attach|attached|include|included)|(?:please )?find (?:attached|enclosed)|attached is|enclosed is) (?:my|a copy of my) (?:CV|résumé|resume)|(?:my|the) (?:CV|résumé|resume) (?:also )?I (?:also )?(?:put|attach|send|include|enclose)(?:ed)? (?:with|to|in) (?:this|the|my) (?:email|e-mail|message|letter)(?:,? please (?:see|look|have a look))?|(?:my |the )?(?:[\w-]+ )?(?:CV|résumé|resume)(?: of me)?(?: is|'s)? (?:attached|enclosed|attach|in (?:the )?attachment)(?: (?:with|to|in) (?:this|the|my) (?:mail|email|e-mail|message|letter))?(?:,? please see)?|(?:also |and )?(?:I )?(?:attach|enclose|include) (?:my|a copy of my) (?:CV|résumé|resume) here|(?:my |the )?(?:CV|résumé|resume),? please see (?:the )?(?:attachment|attached)|(?:in|with) (?:this|the|my) (?:mail|email|e-mail|message|letter) (?:is|are) (?:also )?(?:my|a copy of my) (?:CV|résumé|resume)(?: (?:attached|enclosed))?)\W*$/i;

// Non-native "laboratory of you" is "your laboratory": something of theirs, not the contact asked
// (not "one of you", "any of you").
const THEIRS_AS_OF_YOU =
  /\b(?!(?:one|some|any|each|all|both|either|neither|none|most|many|few|several|two|three)\b)[\w-]+ of (?:you|u)\b/gi;
function asksTheContact(sentence: string): boolean {
  return /\b(?:you|u)\b/i.test(sentence.replace(THEIRS_AS_OF_YOU, 'theirs'));
}

/**
 * Whether the sentence after the one at `index` says it was asked out of curiosity; or, after a
 * question with the sender nowhere in it, asks another about their side (see THEIR_SIDE_QUESTION);
 * or, after a sentence that only encloses a CV, says the CV asks for nothing (and asks no question
 * itself: "I attach my CV. I don't want to disturb you too much, but maybe you pass it to the
 * technical manager for the cadet places?" asks), or asks only about their side with the sender
 * nowhere in it ("My CV I put with this email. Your company junior estimator, they must have UK
 * degree, or the director accept HND from Nigeria?", held-out 52).
 */
export function explainedAsCuriosity(sentences: readonly string[], index: number): boolean {
  const next = sentences[index + 1];
  if (next === undefined) return false;
  const current = sentences[index] ?? '';
  return (
    SAYS_WHY_IT_ASKS.test(next) ||
    (current.trimEnd().endsWith('?') &&
      !SENDER_WORDS.test(current) &&
      THEIR_SIDE_QUESTION.test(next) &&
      !SENDER_WORDS.test(next) &&
      !/\b(?:you|u)\b/i.test(next)) ||
    (CV_ENCLOSED_ONLY.test(current) &&
      ((isDenial(next) && !next.trimEnd().endsWith('?')) ||
        (THEIR_SIDE_QUESTION.test(next) && !SENDER_WORDS.test(next) && !asksTheContact(next))))
  );
}
