import { checkGuidance } from './check-guidance';
import { ruleIdsOf } from './guidance-report.spec-helper';

interface EmailCase {
  name: string;
  subject?: string;
  body: string;
  expected: string[];
}

const referredToPlanner = `Dear Mr Haddad,

Dr Anita Patel suggested I contact you. I am a second-year geography student at the University of Bristol, and I am considering a career in urban planning.

Your work on the Temple Quarter regeneration is exactly the kind of project I would like to understand. Would you have 20 minutes for a phone call in the next few weeks? I am flexible and happy to work around your schedule.

Thank you for your time.

Kind regards,
Priya Shah`;

const emails: EmailCase[] = [
  {
    name: 'a complete request through a referral',
    subject: 'Advice on a career in urban planning – referred by Dr Patel',
    body: referredToPlanner,
    expected: [],
  },
  {
    name: 'a cold request to a fellow alumna',
    subject: 'Fellow Durham alumna hoping for advice on museum curation',
    body: `Dear Ms Lindqvist,

I found your profile through the Durham alumni network, and as a fellow alumna I hoped you might not mind a short note. My name is Hannah Cole; I graduated in History of Art last summer.

Because you moved from auction houses into museum curation, your perspective would help me decide between the two paths. Could I ask for a 15-minute call at your convenience?

With thanks,
Hannah Cole`,
    expected: [],
  },
  {
    name: 'a request with no subject',
    body: referredToPlanner,
    expected: ['subject.missing'],
  },
  {
    name: 'a request with a subject that could head any email',
    subject: 'Quick question',
    body: referredToPlanner,
    expected: ['subject.generic'],
  },
  {
    name: 'a request with a subject in capitals',
    subject: 'INFORMATIONAL INTERVIEW ABOUT URBAN PLANNING',
    body: referredToPlanner,
    expected: ['subject.generic'],
  },
  {
    name: 'a request well over the word limit',
    subject: 'Advice on a career in renewable energy policy',
    body: `Dear Dr Moreau,

Professor James Whitfield, who supervised my dissertation last year, suggested I contact you. My name is Aisha Rahman, and I am a recent graduate of the MSc Environmental Policy programme at the University of Edinburgh.

During my studies I became increasingly interested in how governments design incentives for community-owned wind and solar projects, and my dissertation compared feed-in tariff schemes in Scotland and Denmark. I have read several of your reports for the Energy Transitions Commission, and your work on community energy ownership has shaped much of my thinking about the subject. I would be fascinated to understand how you moved from academic research into advising policymakers, what skills have mattered most along the way, and which organisations you think are doing the most interesting work in the field at the moment.

Would you be willing to spare 20 minutes for a phone or video call? I am flexible and can fit around your schedule at any point over the coming weeks.

With many thanks for considering this request,

Kind regards,
Aisha Rahman`,
    expected: ['length.too-long'],
  },
  {
    name: 'a request longer than recommended but within the limit',
    subject: 'Advice on hospital pharmacy careers',
    body: `Dear Mr Afolabi,

My tutor, Dr Claire Benson, suggested I contact you. I am a fourth-year pharmacy student at the University of Nottingham, and I am trying to decide between community and hospital pharmacy after I qualify.

Dr Benson mentioned that you have worked in both settings and now lead the aseptic services team at Queen's Medical Centre. I would be very grateful to hear what drew you to hospital practice, what a typical week involves, and what you wish you had known when you were starting out.

Would you be willing to spare 20 minutes for a phone call? I am happy to fit around your schedule, including early mornings or evenings.

Thank you very much for considering my request.

Best wishes,
Grace Wilson`,
    expected: ['length.long'],
  },
];

describe('checkGuidance on the subject and length of email requests', () => {
  it.each(emails)('$name', ({ subject, body, expected }) => {
    const report = checkGuidance({ channel: 'email', subject, body });

    expect(ruleIdsOf(report)).toEqual(expected);
  });
});
