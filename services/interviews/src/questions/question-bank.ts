/**
 * Questions a member can bring to an informational interview, written for Rapport. Ids are stable:
 * question plans store them, so a question's id never changes and a retired id is never reused.
 * `{organisation}`, `{role}` and `{industry}` are filled in from the contact by suggestQuestions.
 */
export const QUESTION_THEMES = [
  'trends',
  'day-to-day',
  'career-path',
  'skills',
  'culture',
  'advice',
  'resources',
  'field-growth',
] as const;
export type QuestionTheme = (typeof QUESTION_THEMES)[number];

export const INTERVIEW_GOALS = ['industry', 'organisation', 'occupation'] as const;
export type InterviewGoal = (typeof INTERVIEW_GOALS)[number];

export interface BankEntry {
  id: string;
  text: string;
  theme: QuestionTheme;
  goals: InterviewGoal[];
}

const ALL: InterviewGoal[] = ['industry', 'organisation', 'occupation'];
const IND: InterviewGoal[] = ['industry'];
const ORG: InterviewGoal[] = ['organisation'];
const OCC: InterviewGoal[] = ['occupation'];
const IND_OCC: InterviewGoal[] = ['industry', 'occupation'];
const ORG_OCC: InterviewGoal[] = ['organisation', 'occupation'];
const IND_ORG: InterviewGoal[] = ['industry', 'organisation'];

const q = (id: string, theme: QuestionTheme, goals: InterviewGoal[], text: string): BankEntry => ({
  id,
  text,
  theme,
  goals,
});

export const QUESTION_BANK: readonly BankEntry[] = [
  q(
    'trends-01',
    'trends',
    IND,
    'Which changes in {industry} do you expect to matter most over the next few years?',
  ),
  q(
    'trends-02',
    'trends',
    ALL,
    'What has changed most in your work since you started, and what drove that change?',
  ),
  q(
    'trends-03',
    'trends',
    ORG,
    'How is {organisation} responding to the shifts happening around it?',
  ),
  q(
    'trends-04',
    'trends',
    OCC,
    'How do you see the work of a {role} changing as new tools arrive?',
  ),
  q(
    'trends-05',
    'trends',
    IND_ORG,
    'Which recent news in your field do you think people outside it misread?',
  ),
  q(
    'trends-06',
    'trends',
    IND_OCC,
    'Which problems will people in your line of work be paid to solve in five years?',
  ),
  q('trends-07', 'trends', ORG, 'What is {organisation} betting on that its competitors are not?'),
  q(
    'trends-08',
    'trends',
    OCC,
    'Which parts of your job are becoming automated, and which are becoming more valuable?',
  ),
  q('trends-09', 'trends', IND, 'Where is the money and attention in {industry} moving right now?'),

  q('day-01', 'day-to-day', ALL, 'What does a typical week look like for you?'),
  q(
    'day-02',
    'day-to-day',
    OCC,
    'How do you split your time as a {role} between people, deep work and meetings?',
  ),
  q(
    'day-03',
    'day-to-day',
    ORG,
    'What does a normal day at {organisation} look like for someone on your team?',
  ),
  q(
    'day-04',
    'day-to-day',
    OCC,
    'Which part of your day gives you the most energy, and which part drains it?',
  ),
  q(
    'day-05',
    'day-to-day',
    ORG_OCC,
    'Who do you work with most closely, and how do you usually work together?',
  ),
  q(
    'day-06',
    'day-to-day',
    IND_OCC,
    'What surprised you about the daily work once you were actually doing it?',
  ),
  q(
    'day-07',
    'day-to-day',
    ALL,
    'What kinds of decisions do you make on your own, and which ones go up the chain?',
  ),
  q(
    'day-08',
    'day-to-day',
    IND,
    'How different is the daily rhythm between companies in {industry}?',
  ),
  q(
    'day-09',
    'day-to-day',
    OCC,
    'How do you know at the end of a week that you did your job well?',
  ),

  q('path-01', 'career-path', ALL, 'How did you end up in the position you hold today?'),
  q('path-02', 'career-path', OCC, 'What are the usual ways people become a {role}?'),
  q(
    'path-03',
    'career-path',
    ORG,
    'How do people usually join {organisation}, and how do they move up once inside?',
  ),
  q('path-04', 'career-path', ALL, 'Looking back, which step in your career taught you the most?'),
  q('path-05', 'career-path', IND, 'Which first jobs give someone the best start in {industry}?'),
  q('path-06', 'career-path', IND_OCC, 'Where do people in your role tend to go next?'),
  q(
    'path-07',
    'career-path',
    ORG_OCC,
    'If you were starting over, would you take the same route? Why or why not?',
  ),
  q(
    'path-08',
    'career-path',
    ORG,
    'Which teams at {organisation} are the best place for a newcomer to learn?',
  ),
  q(
    'path-09',
    'career-path',
    IND,
    'Is it common to move into {industry} from another field later in a career?',
  ),

  q('skills-01', 'skills', OCC, 'Which skills separate a good {role} from an excellent one?'),
  q('skills-02', 'skills', ALL, 'What do you wish you had learnt before starting this job?'),
  q('skills-03', 'skills', IND, 'Which skills are hard to find in {industry} right now?'),
  q(
    'skills-04',
    'skills',
    ORG,
    'What does {organisation} look for that other employers tend to overlook?',
  ),
  q('skills-05', 'skills', IND_OCC, 'How do people in your field keep their skills current?'),
  q('skills-06', 'skills', OCC, 'Which tools or methods do you rely on every day?'),
  q(
    'skills-07',
    'skills',
    ALL,
    'How could someone like me show these skills before having the job title?',
  ),
  q(
    'skills-08',
    'skills',
    ORG_OCC,
    'Which certificates or degrees actually make a difference here, and which do not?',
  ),
  q(
    'skills-09',
    'skills',
    IND_ORG,
    'Which soft skills matter more than people expect in this setting?',
  ),

  q(
    'culture-01',
    'culture',
    ORG,
    'How would you describe the culture at {organisation} to a friend?',
  ),
  q(
    'culture-02',
    'culture',
    ALL,
    'What kind of person tends to thrive where you work, and who struggles?',
  ),
  q(
    'culture-03',
    'culture',
    IND,
    'How does the culture of {industry} differ from neighbouring fields?',
  ),
  q(
    'culture-04',
    'culture',
    ORG,
    'How are decisions made at {organisation}, and how open is the debate before them?',
  ),
  q('culture-05', 'culture', ORG_OCC, 'How is good work noticed and rewarded on your team?'),
  q('culture-06', 'culture', ALL, 'How do people balance work with the rest of their lives here?'),
  q('culture-07', 'culture', OCC, 'What unwritten rules does every new {role} have to learn?'),
  q(
    'culture-08',
    'culture',
    IND_ORG,
    'How do teams handle disagreement or a project that goes wrong?',
  ),
  q(
    'culture-09',
    'culture',
    ORG,
    'What has changed about the way {organisation} works in the last few years?',
  ),

  q('advice-01', 'advice', ALL, 'If you were in my position today, what would you do next?'),
  q(
    'advice-02',
    'advice',
    OCC,
    'What is one mistake you see people make when they try to become a {role}?',
  ),
  q(
    'advice-03',
    'advice',
    ORG,
    'What would help an application to {organisation} stand out for the right reasons?',
  ),
  q(
    'advice-04',
    'advice',
    IND,
    'What should someone know before committing to a career in {industry}?',
  ),
  q('advice-05', 'advice', ALL, 'Which piece of advice helped you most early on?'),
  q(
    'advice-06',
    'advice',
    IND_OCC,
    'What experience could I get in the next six months that would make me more credible?',
  ),
  q(
    'advice-07',
    'advice',
    ORG_OCC,
    'Is there anything in my background you would advise me to present differently?',
  ),
  q(
    'advice-08',
    'advice',
    ALL,
    'What do you wish more people asked you in conversations like this one?',
  ),
  q(
    'advice-09',
    'advice',
    IND_ORG,
    'How would you test whether this path suits me before making a big move?',
  ),

  q(
    'resources-01',
    'resources',
    ALL,
    'Which books, newsletters or podcasts do you actually read or listen to?',
  ),
  q(
    'resources-02',
    'resources',
    IND,
    'Which associations, events or meet-ups in {industry} are worth attending?',
  ),
  q(
    'resources-03',
    'resources',
    OCC,
    'Which courses or practice projects would you recommend to a future {role}?',
  ),
  q(
    'resources-04',
    'resources',
    ORG,
    'Where can I learn more about {organisation} than its own website tells me?',
  ),
  q(
    'resources-05',
    'resources',
    ALL,
    'Who else would be good to talk to, and may I mention that you suggested them?',
  ),
  q(
    'resources-06',
    'resources',
    IND_OCC,
    'Which online communities do people in your field take seriously?',
  ),
  q(
    'resources-07',
    'resources',
    ORG_OCC,
    'Which internal programmes or schemes exist for people starting out?',
  ),
  q(
    'resources-08',
    'resources',
    IND_ORG,
    'Which job boards or recruiters are trusted in this space?',
  ),
  q(
    'resources-09',
    'resources',
    OCC,
    'Is there a piece of work I could study to understand what good output looks like?',
  ),

  q(
    'growth-01',
    'field-growth',
    IND,
    'Which parts of {industry} are growing, and which are shrinking?',
  ),
  q(
    'growth-02',
    'field-growth',
    ORG,
    'Where is {organisation} planning to grow over the next few years?',
  ),
  q(
    'growth-03',
    'field-growth',
    OCC,
    'Is demand for people in your role rising, steady or falling?',
  ),
  q(
    'growth-04',
    'field-growth',
    IND_ORG,
    'Which new kinds of jobs have appeared in your field recently?',
  ),
  q(
    'growth-05',
    'field-growth',
    ALL,
    'What outside forces, such as regulation or the economy, could change this field the most?',
  ),
  q(
    'growth-06',
    'field-growth',
    IND_OCC,
    'Which regions or cities have the most opportunity in this line of work?',
  ),
  q(
    'growth-07',
    'field-growth',
    ORG_OCC,
    'How has hiring changed on your team over the last couple of years?',
  ),
  q(
    'growth-08',
    'field-growth',
    OCC,
    'What will a {role} need to know in five years that few know today?',
  ),
  q(
    'growth-09',
    'field-growth',
    IND,
    'Which smaller companies in {industry} should I keep an eye on?',
  ),
];
