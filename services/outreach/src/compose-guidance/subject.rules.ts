import { type RuleFinding } from './guidance.types';
import { matchableText } from './matchable-text';

// Subjects that could head any email, so they tell a busy reader nothing about this one.
const GENERIC_SUBJECTS = new Set([
  'hello',
  'hello there',
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
]);

// A greeting signed with a name ("hi from Ravi") says who writes, not what about.
const GREETING_FROM =
  /^(?:hi|hello|hey|hiya|greetings)(?: there)? from [\p{L}'-]+(?: [\p{L}'-]+)?$/u;

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
  if (normalised === '' || GENERIC_SUBJECTS.has(normalised) || GREETING_FROM.test(normalised)) {
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
