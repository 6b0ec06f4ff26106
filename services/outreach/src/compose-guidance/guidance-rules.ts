/** Every rule the guidance check can report, with a one-line description for the API to list. */
export const GUIDANCE_RULES = {
  'length.long': 'The email is longer than the policy recommends for a first request.',
  'length.too-long': 'The email is longer than the policy allows for a first request.',
  'linkedin.too-long': 'The LinkedIn connection note exceeds the 300-character limit.',
  'text.too-long': 'The text message is long enough to arrive in several pieces.',
  'subject.missing': 'The email has no subject line.',
  'subject.generic': 'The subject line does not say what the email is about.',
  'parts.self-introduction': 'The message does not say who the sender is.',
  'parts.connection': 'The message does not say how the sender came to know of the contact.',
  'parts.why-you': 'The message does not say why this particular person was chosen.',
  'parts.specific-ask': 'The message does not ask for a conversation of a specific, short length.',
  'parts.duration-too-long': 'The message asks for more time than the policy recommends.',
  'parts.flexibility': 'The message does not offer to fit around the contact’s schedule.',
  'parts.sign-off': 'The message does not end with a courteous closing and the sender’s name.',
  'ask.job-language': 'The message asks for a job, an opening or a referral instead of advice.',
} as const satisfies Readonly<Record<string, string>>;

export type GuidanceRuleId = keyof typeof GUIDANCE_RULES;
