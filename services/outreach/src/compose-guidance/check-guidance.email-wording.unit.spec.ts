import { checkGuidance } from './check-guidance';
import { ruleIdsOf } from './guidance-report.spec-helper';

interface EmailCase {
  name: string;
  subject?: string;
  body: string;
  expected: string[];
}

const emails: EmailCase[] = [
  {
    name: 'a request that asks about openings and attaches a CV',
    subject: 'Advice on corporate finance from a Cardiff student',
    body: `Dear Mr Brennan,

My name is Tom Fisher and I am a final-year economics student at Cardiff University. Our careers adviser, Ms Hughes, suggested I get in touch with you.

Your experience in corporate finance at Hartwell & Co is impressive. Are there any openings for graduates on your team? I have attached my CV in case anything comes up. Would you have 20 minutes for a call whenever suits you?

Best regards,
Tom Fisher`,
    expected: ['ask.job-language'],
  },
  {
    name: 'a cold request that says neither how nor why',
    subject: 'Request for advice on a career in data journalism',
    body: `Dear Ms Adeyemi,

I am a journalism student at City, University of London. I would be grateful for 20 minutes of your time to ask a few questions about data journalism, at whatever time suits you.

Many thanks,
Leo Martins`,
    expected: ['parts.connection', 'parts.why-you'],
  },
  {
    name: 'a request that never says how long',
    subject: 'Your path from nursing into health informatics',
    body: `Dear Dr Osei,

Professor Grant mentioned that you began your career as a nurse before moving into health informatics. I am a final-year nursing student at King's College London, and I am curious about that move.

I would be grateful for the chance to hear how you made the transition, at a time convenient for you.

Kind regards,
Amara Nwosu`,
    expected: ['parts.specific-ask'],
  },
  {
    name: 'a request for an hour over coffee',
    subject: 'Advice on getting started in sustainable architecture',
    body: `Dear Mr Novak,

We met briefly at the RIBA sustainability evening last month, where you spoke about retrofitting Victorian terraces. I'm Jonas Weber, a Master of Architecture student at the University of Sheffield.

Your talk on low-carbon retrofits stayed with me. Could we meet for an hour over coffee sometime in the coming weeks? Any day that works for you is fine with me.

Best wishes,
Jonas Weber`,
    expected: ['parts.duration-too-long'],
  },
  {
    name: 'a request that fixes the time and ends without a name',
    subject: 'Questions about product management at a fintech start-up',
    body: `Hello Mr Tan,

Our mutual friend Grace Lim passed on your name. I am Daniel Ong, a computer science graduate from NUS now working as a software tester.

Given your move from engineering into product management, I would really value 20 minutes of your advice next Tuesday at 3 pm.

Thanks`,
    expected: ['parts.flexibility', 'parts.sign-off'],
  },
  {
    name: 'a request that mentions their career path, position, job and role',
    subject: 'Advice on a career in UX design – referred by Maya Chen',
    body: `Dear Ms Rossi,

Maya Chen, a fellow graduate of the Glasgow School of Art, suggested I reach out. I am a final-year interaction design student there.

I have followed your career path with interest and share your position on designing for screen readers from day one. I would love to hear what your job as a design lead involves and how your role has changed. Would you have 20 minutes for a video call at any time that suits you?

Kind regards,
Elena Novak`,
    expected: [],
  },
  {
    name: 'a request that says it is not looking for a job',
    subject: 'Learning about conservation work at the National Trust',
    body: `Dear Mr Hale,

My aunt, Ruth Evans, suggested I contact you. My name is Owen Price and I am a second-year ecology student at Aberystwyth University.

I'm not looking for a job; I would simply value your advice, since you have worked in habitat restoration for over twenty years. Might you have 20 minutes for a phone call at your convenience?

Warm regards,
Owen Price`,
    expected: [],
  },
  {
    name: 'a request that asks how they got their first job',
    subject: 'Twenty minutes of advice on breaking into publishing?',
    body: `Dear Ms Kaur,

I found your name through the Leeds alumni directory. I'm Sophie Turner, a final-year English literature student at Leeds.

I read your interview about editing debut novelists and would love to ask how you got a job in publishing straight after graduating. Could you spare twenty minutes for a call, whenever suits you?

Kind regards,
Sophie Turner`,
    expected: [],
  },
  {
    name: 'a career changer with a range of minutes and curly apostrophes',
    subject: 'Advice on moving from teaching into instructional design',
    body: `Dear Mr O’Brien,

Your colleague Fatima Ali suggested I write to you. I’m a secondary-school teacher finishing a part-time MA in Education at the Open University.

Your experience of moving from the classroom into instructional design is the path I’m hoping to follow. Would 15–20 minutes on a call suit you some time in the next few weeks? I’m flexible on days and times.

Best regards,
Niamh Doyle`,
    expected: [],
  },
  {
    name: 'a request whose subject asks for a job',
    subject: 'Job opportunities at Brightwave?',
    body: `Dear Ms Park,

We met at the Women in Tech meetup in Manchester last week. My name is Chloe Green, and I am a computing student at Manchester Metropolitan University.

You've built the data platform team at Brightwave from scratch, and I would value your advice on how to grow as an engineer. Could we have a 20-minute chat whenever you're free?

Kind regards,
Chloe Green`,
    expected: ['ask.job-language'],
  },
  {
    name: 'a note that gets almost everything wrong',
    subject: 'hi',
    body: `Hi, I'm looking for a job in marketing. Are you hiring? Resume attached.

Thanks`,
    expected: [
      'ask.job-language',
      'parts.connection',
      'parts.flexibility',
      'parts.self-introduction',
      'parts.sign-off',
      'parts.specific-ask',
      'parts.why-you',
      'subject.generic',
    ],
  },
];

describe('checkGuidance on the wording of email requests', () => {
  it.each(emails)('$name', ({ subject, body, expected }) => {
    const report = checkGuidance({ channel: 'email', subject, body });

    expect(ruleIdsOf(report)).toEqual(expected);
  });
});
