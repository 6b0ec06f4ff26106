import { type GuidanceRuleId } from './guidance-rules';

/**
 * Why each rule matters, in the words a coach would use: the reasoning behind a good
 * informational-interview request, so that a finding teaches the practice and not only the fix.
 */
export const GUIDANCE_WHY: Readonly<Record<GuidanceRuleId, string>> = {
  'length.long':
    'Busy people read a short request to the end; each sentence beyond who you are, why them and what you ask makes a reply less likely.',
  'length.too-long':
    'A first request is not the place for your story: past your institution’s limit, most readers skim or put it off for later.',
  'linkedin.too-long':
    'LinkedIn will not send a connection note over 300 characters, so a longer one never reaches them.',
  'text.too-long': 'A text is read at a glance, and a long one arrives in pieces on many phones.',
  'subject.missing':
    'The subject decides whether an email is opened at all; without one it looks like a mistake or spam.',
  'subject.generic':
    'A subject that could head any email gives no reason to open this one; naming the topic, and who sent you, does.',
  'parts.self-introduction':
    'A stranger decides within seconds whether to read on; saying who you are and what you study or do tells them what advice would help.',
  'parts.connection':
    'Saying how you found them (who suggested them, where you met, what you share) turns a stranger into someone with a reason to reply.',
  'parts.why-you':
    'People answer when they can see why they were chosen rather than anyone in the field: name the work or path you hope to learn from.',
  'parts.specific-ask':
    'A conversation of a set, short length (about 20 minutes) tells them exactly what saying yes costs; an open-ended chat is easy to put off.',
  'parts.duration-too-long':
    'About 20 minutes fits into any week; past half an hour you are asking for a meeting, and far more people decline.',
  'parts.flexibility':
    'They are doing you a favour: offering to fit around their schedule shows you know it, and saves the back-and-forth of finding a time.',
  'parts.sign-off':
    'A courteous closing and your name are what a reader expects at the end; without them the message reads as unfinished or sent in bulk.',
  'ask.job-language':
    'Ask for advice, never for a job: a job request turns a conversation into a favour they must grant or refuse, and usually ends the relationship before it starts. Opportunities come later, from people who know you.',
};
