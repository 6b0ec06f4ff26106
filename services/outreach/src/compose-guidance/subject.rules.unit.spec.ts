import { checkSubject } from './subject.rules';

describe('checkSubject', () => {
  it.each([undefined, '', '   '])('reports %p as missing, without a span', (subject) => {
    expect(checkSubject(subject)).toEqual([
      {
        ruleId: 'subject.missing',
        severity: 'error',
        message:
          'Add a subject that names the topic, for example "Advice on a career in health policy".',
      },
    ]);
  });

  it.each([
    'Hello',
    'hi!',
    'Quick question',
    'Request',
    'Meeting',
    '(no subject)',
    'Re: Meeting request',
    'Fwd: hello there',
    'Networking',
    'ADVICE ON CAREERS IN LAW',
    'hi from Ravi',
    'Hello from Ana Lima',
    'Reaching out',
    'Following up',
    // No topic word in any order: greetings, the kind of message, who writes.
    'Quick one',
    'Asking help',
    'A small favour',
    'Can I ask you something?',
    'Hello from an old colleague',
    "Hey from Priya's old flatmate",
    // Seventh round: asks for a moment, a few questions, an enquiry, or a greeting among friends.
    'Got a second?',
    'a few qs for u',
    'Inquiry from a stranger',
    'Long time no see!',
    // Eighth round: an apology, an aside or the occasion in place of a topic.
    'sorry to bother u!',
    'a random one',
    'After the alumni dinner',
    'A graduate from Valencia',
    'hi from the other branch',
    // Ninth round: who writes, where from, or the occasion, and nothing else.
    'A mother from Park Lane School',
    'A fellow Salford graduate',
    'Your neighbour at no. 14',
    'From a Year 13 at Hollins',
    'From the Tuesday running club',
    "Following last night's webinar",
    'Happy new year!',
    'Sorry to trouble you',
    'long shot!',
    'Message for Mr Doyle',
    'Something I have wanted to ask',
    'ur sister said to email!',
    'Wondering if you could help',
    'Good day from new Oban resident',
    'Letter from Ukraine',
    'Information?',
    'Please read',
    "An apprentice's question",
    'Asking for your opinion',
    'Next steps',
    'the thing I mentioned at the party',
    'hope this is ok!!',
    'A question from a hospital porter',
    'Request from a Ukrainian teacher',
    'A Gurkha in his last year of service',
    'A career changer',
    'An anxious trainee accountant!',
    // Held-out 18
    'ravi said to email u :)',
    'Request from interpreter',
    'Something I hoped to ask you',
    "Nadia's mate from the delivery office",
    'bit of a cheeky email',
    "A roofer's question",
    'Introduction from a retired firefighter',
    // Held-out 19
    'Seeking your thoughts',
    'A newly qualified plumber says hello',
    'A receptionist from Lisbon',
    'A firefighter with a question',
    // Held-out 35: "wee" is Scots for small.
    'A wee question',
    // Held-out 36
    'Greeting from a student',
    // Held-out 37: the Doric "how are you".
    'Fit like!',
    // Held-out 38
    'Could you spare a moment?',
    'Writing on the off chance',
    // Held-out 20
    'Owen here :)',
    'A museum attendant writing',
    // Held-out 21
    'A teacher writing from Leeds',
    // Held-out 23
    "hello hello (Jess's flatmate here)",
    // Held-out 25
    'Looking for a little advice',
    // Held-out 26–27
    'Writing from Keswick School',
    'Writing from a ward in Luton',
    // Held-out 33
    'alright Jas',
    'Writing as a serving naval officer',
    'Morning Jas',
    // Held-out 45: an apology for writing at all.
    "Hope you don't mind",
    'Sorry to bother you',
    // Held-out 52: the northern "How do", and kisses after a greeting.
    'How do',
    'quick hello x',
    // Held-out 53: the Black Country "how are you".
    'Ow am ya',
    // Held-out 55: the Geordie "Howay", and who writes with no topic.
    'Howay, just a hello',
    // Held-out 62: the Midlands "ay up duck".
    'ay up duck',
    'Question from a Spalding mushroom picker',
    'Hello from a Leeds student',
    // Held-out 70: a greeting drawn out.
    'hiii :)',
    'heyyy there',
    // …while a newcomer in a town names no topic.
    'Hello from a newcomer in Bradford',
    // Held-out 74: a greeting drawn out by one letter.
    'hii :)',
  ])('reports %p as generic', (subject) => {
    expect(checkSubject(subject).map((finding) => finding.ruleId)).toEqual(['subject.generic']);
  });

  it.each([
    'Advice on a career in health policy',
    'Referred by Professor Lee: 20 minutes of advice on UX research',
    'Re: Advice on a career in law',
    'Questions about NHS graduate schemes',
    'Hello from a fellow Durham nurse about ward rotations',
    'Following up on your talk about ward rotations',
    'Request for short conversation',
    'Quick question about sheep scab testing',
    'Kotlin question',
    "Moving from agency work to product (Priya's flatmate)",
    'A few questions about forensic accounting',
    'Enquiry about paintings conservation',
    'After the alumni dinner: moving into fundraising',
    'Writing from a ward in Luton about occupational therapy',
    // Held-out 52: a student of a named field names it.
    'Questions from an actuarial science student in Peckham',
    // Held-out 55: a field before "student", and the field the sender is starting.
    'Bookbinding student from Barnstaple, hoping for a short call',
    'Orthoptics student from Spalding',
    'Question from a Spalding mushroom picker starting midwifery',
    // Held-out 57: what the sender studies or trains in.
    'Question from a school cleaner who learn BSL',
    'From a chauffeur who study pharmacy',
    'From a fairground worker training in pharmacy',
    // Held-out 58
    'From call-centre sales towards safety pharmacology',
    // Held-out 72: a late starter in a field names it.
    'Questions from a late starter in textile conservation',
    // Held-out 73: a newcomer to a field.
    'Questions from a newcomer to furniture restoration',
    // Held-out 59
    'Forestry student from Jarrow: a few questions',
    'Graduate roles in hospital pharmacy',
    'From the picking floor to transport planning',
    "A roofer's question about solar panels",
    'Ravi suggested I write about forestry',
    "Nadia's mate: questions about parcel sorting",
    // Held-out 47: the change the sender is making.
    'A garden-centre worker turned archives student',
    'A firefighter with a question about fire investigation',
    'A receptionist from Lisbon: hotel or hospital?',
    'A museum attendant writing about collections care',
    'Help here in Leeds with retraining',
    'From the Tuesday running club: physio questions',
    "Following last night's webinar on carbon accounting",
    'A fellow Salford graduate asking about broadcast engineering',
    'Help with Excel macros',
    'Kind request: advice on hospital pharmacy',
    'Career change into occupational therapy',
    'Letters and archives: a question about conservation',
    'Next steps into hospital pharmacy',
    "An apprentice's question about gas safety",
    // "morning" greets only a name that ends the subject
    'Morning Tea Service',
    'Morning Shift Supervisor Role',
    'A question from a hospital porter about theatre work',
    'Request from a Ukrainian teacher: retraining as a TA',
    'A career in conservation',
    'A trainee accountant asking about audit',
    'A junior developer role at your studio?',
    'Writing as a nurse about moving into policy',
    // "on" names a topic after all.
    'Request for your advice on my career',
    'Spare parts logistics: a question',
  ])('accepts %p', (subject) => {
    expect(checkSubject(subject)).toEqual([]);
  });

  it('points the span at the subject without its surrounding spaces', () => {
    expect(checkSubject('  Quick question ')[0]?.span).toEqual({
      start: 2,
      end: 16,
      field: 'subject',
    });
  });

  it('explains why a subject in capitals is a problem', () => {
    expect(checkSubject('MEETING ABOUT INTERNSHIPS')[0]?.message).toBe(
      'A subject in capitals reads as shouting. Name the topic, and the person who referred you if there is one.',
    );
  });
});
