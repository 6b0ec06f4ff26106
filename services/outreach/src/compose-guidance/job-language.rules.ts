import { type Finding, type MessageField } from './guidance.types';

const COMPANY =
  '(?:company|firm|organi[sz]ation|team|department|office|group|business|agency|studio|practice|lab)';
const JOB_NOUN = '(?:job|position|role|post|placement|internship|vacancy|opening)';
const CV = '(?:r[eé]sum[eé]|CV|curriculum vitae)';

// "I'm not looking for a job" reassures rather than asks.
const NOT_NEGATED = "(?<!\\b(?:not|never|n't)\\s+(?:\\w+\\s+){0,2})";
// "how did you get a job in publishing?" asks about their path, which is the point of the talk.
const NOT_ABOUT_OTHERS =
  '(?<!\\b(?:you|they|he|she|people|someone|graduates|others|one)\\s+(?:\\w+\\s+)?)';
const NOT_HOW_TO = '(?<!\\bhow to\\s+)';

/**
 * Phrases that ask for a job, an opening or a referral. Each match is exactly the offending words;
 * the context that makes them innocent ("your job as a designer", "your position on…", "any
 * openings in your calendar") is excluded by look-arounds rather than by the words themselves.
 */
const JOB_ASKS: readonly RegExp[] = [
  /\bany (?:current |open )?(?:job |internship )?(?:openings?|vacanc(?:y|ies)|jobs|internships?|placements?)\b(?!\s+(?:in|on) your (?:schedule|calendar|diary))/,
  /\bany (?:positions?|roles?) (?:currently )?(?:available|open|going)\b/,
  /\bany (?:open|current|available) (?:positions?|roles?)\b/,
  new RegExp(
    `\\b(?:(?:are|is) (?:you|your ${COMPANY}|\\w+)|you(?:'re| are)|your ${COMPANY} is) (?:currently |still |now )?(?:hiring|recruiting)\\b`,
  ),
  /\bjob (?:openings?|vacanc(?:y|ies)|offers?|opportunit(?:y|ies)|postings?)\b/,
  /\bemployment opportunit(?:y|ies)\b/,
  new RegExp(
    `\\b(?:career |employment |work |internship )?(?:openings?|opportunit(?:y|ies)|vacanc(?:y|ies)|positions?|internships?) (?:at|with|in) your ${COMPANY}\\b`,
  ),
  new RegExp(
    `${NOT_NEGATED}${NOT_ABOUT_OTHERS}${NOT_HOW_TO}\\b(?:(?:looking|searching|hunting|hoping) for|seeking|find|finding|get|getting|got|land|landing|secure|securing|offer me|give me|ask(?:ing)? (?:you )?for|apply(?:ing)? (?:for|to)|need|want|considered? (?:me )?for)(?: \\w+){0,2}? (?:a|an|any) (?:new |paid |full-time |part-time |graduate )?${JOB_NOUN}\\b`,
  ),
  /(?<!\b(?:your|his|her|their|my|kinds? of|types? of|sorts? of)\s+)\b(?:positions?|roles?|vacanc(?:y|ies)|openings?|jobs?) (?:currently )?(?:available|open|going)\b/,
  /(?<!\b(?:your|his|her|their|my)\s+)\b(?:open|available|vacant) (?:positions?|roles?|vacanc(?:y|ies)|jobs?)\b/,
  /\bcurrent (?:openings|vacancies)\b/,
  /\bhire me\b/,
  /\b(?:put in|give|say) a (?:good )?word for me\b/,
  /\bkeep me in mind for\b/,
  new RegExp(`\\b${CV} (?:is |has been )?(?:attached|enclosed)\\b`),
  new RegExp(
    `\\b(?:attached|attaching|enclosed|enclosing)(?: (?:is|are|herewith|below))?(?: a copy of)? (?:my|a|the) (?:updated )?${CV}`,
  ),
  new RegExp(`\\b(?:forward|pass (?:on|along)) my ${CV}`),
  new RegExp(`\\brefer me (?:for|to (?:a|an|the|any) ${JOB_NOUN})\\b`),
  new RegExp(`\\b(?:a|your) referral (?:for|to) (?:a|an|the|any) ${JOB_NOUN}\\b`),
  new RegExp(`${NOT_NEGATED}\\bI(?:'ve| have)? (?:recently |just )?applied (?:for|to)\\b`),
].map((pattern) => new RegExp(pattern.source, 'gi'));

/** Job-asking phrases in one field; overlapping matches merge into one finding, earliest first. */
export function checkJobLanguage(text: string, field: MessageField): Finding[] {
  return mergeOverlapping(findJobAsks(text)).map(({ start, end }) => ({
    ruleId: 'ask.job-language',
    severity: 'error',
    message: `"${text.slice(start, end)}" reads as asking for a job. Ask for their advice and experience instead; opportunities come later, from the relationship.`,
    span: { start, end, field },
  }));
}

interface Range {
  start: number;
  end: number;
}

function findJobAsks(text: string): Range[] {
  return JOB_ASKS.flatMap((pattern) =>
    Array.from(text.matchAll(pattern), (match) => ({
      start: match.index,
      end: match.index + match[0].length,
    })),
  ).sort((a, b) => a.start - b.start);
}

function mergeOverlapping(sortedRanges: readonly Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of sortedRanges) {
    const last = merged.at(-1);
    if (last !== undefined && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}
