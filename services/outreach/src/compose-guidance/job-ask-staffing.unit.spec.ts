import { jobAskByCues } from './job-ask-cues';
import { checkJobLanguage } from './job-language.rules';

// The phrase and cue rules alone: what the classifier adds is specified in job-ask-model/.
function flaggedByRules(text: string): string[] {
  return checkJobLanguage(text, 'body', false).map(({ span }) =>
    text.slice(span?.start, span?.end),
  );
}

/** Staffing and availability offers, and questions about how the contact's team staffs itself. */
describe('job asks that offer the sender as staff', () => {
  it.each([
    ['Are you open to freelancers on the packaging side?', 'Are you open to freelancers'],
    [
      "I'd welcome the chance to bring my data skills to your fraud team.",
      'bring my data skills to your',
    ],
    [
      'I would be delighted to offer my services to your practice as a locum.',
      'offer my services to your',
    ],
    ['I will be available for work in your laboratory from March.', 'available for work'],
    ['I am disponible for a post of lab technician in your institute.', 'disponible for a post'],
    ['I search a position of junior architect in your office.', 'search a position'],
    ['May I put myself forward for the post you advertised?', 'put myself forward'],
    ["I'd be glad to hear about any roles on your crew.", 'hear about any roles on your '],
  ])('flags %p', (text, words) => {
    expect(flaggedByRules(text)).toEqual([words]);
  });

  it.each([
    'How does the weekend rota work with so many part-timers?',
    'how many shifts do u do over xmas, must be mad?',
    'Would you share how your product team decides who to hire for research roles?',
    'I am curious how a hospital dispensary organises its weekend rota.',
    'How do you find working with freelancers compared with an in-house team?',
    'Are you available for a call next week?',
    "What does your hiring manager look for in a portfolio? I'm not asking for a role.",
    "What's joining your team as a junior dev like, how does onboarding work?",
    "I'd love to hear about the roles on your crew and how you got into rigging.",
    'I would love to hear about any work in your field that surprised you.',
    'Would 20 minutes on a call work, at any time you like?',
    'I did a trial shift in a busy kitchen last year and it nearly put me off for good.',
  ])('leaves %p alone', (text) => {
    expect(flaggedByRules(text)).toEqual([]);
  });

  it.each([
    'How does the rota work, and could I pick up a few shifts?',
    'How many interns does your lab take, and could you take me on as one?',
    'How does your team hire, and would you consider me for the next intake?',
    "What's the chance of a trainee post in your lab?",
    'Is there any chance of some paid work in your kitchen?',
  ])('still flags %p, where the sender asks to be in it', (text) => {
    expect(jobAskByCues(text)).toBeDefined();
  });
});
