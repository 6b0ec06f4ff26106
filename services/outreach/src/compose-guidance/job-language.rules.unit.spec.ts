import { checkJobLanguage } from './job-language.rules';

function flagged(text: string): string[] {
  return checkJobLanguage(text, 'body').map(({ span }) => text.slice(span?.start, span?.end));
}

describe('checkJobLanguage', () => {
  it.each([
    ['Are there any openings for graduates?', ['any openings']],
    ['I wondered whether you are hiring this spring.', ['you are hiring']],
    ['Is your team currently recruiting?', ['Is your team currently recruiting']],
    ['I saw a job opening on your careers page.', ['job opening']],
    ['Do you have any job openings?', ['any job openings']],
    ["I'm looking for a job in marketing.", ['looking for a job']],
    ['Could you help me find a graduate position?', ['find a graduate position']],
    ['Is there a position available in your group?', ['position available']],
    ['I noticed an open position in the data team.', ['open position']],
    ['Please hire me!', ['hire me']],
    ['My resume attached below.', ['resume attached']],
    ['I have attached my CV for reference.', ['attached my CV']],
    ['Please find enclosed a copy of my résumé.', ['enclosed a copy of my résumé']],
    [
      'Are there internship opportunities at your company?',
      ['internship opportunities at your company'],
    ],
    ['Would you refer me for the analyst programme?', ['refer me for']],
    ['I recently applied for the trainee scheme.', ['I recently applied for']],
    [
      'Any openings at your company? I attached my CV.',
      ['Any openings at your company', 'attached my CV'],
    ],
    // Asks relayed through the contact to whoever decides.
    ['could u tell ur agency about me?', ['tell ur agency about me']],
    [
      'Could you tell your research lead that I am looking to make the move?',
      ['tell your research lead that I am looking'],
    ],
    ['Please speak for me with the head of your clinic.', ['speak for me']],
    ['Might you mention me to your farm manager?', ['mention me to']],
    ['could u slip my name to ur manager?', ['slip my name to']],
    [
      'Could you ask your team lead whether she would take me on?',
      ['ask your team lead whether she would take me on'],
    ],
    ['can u ask ur head of flys if theyll try me out?', ['try me out']],
    ['u reckon ur manager would give me a go behind the bar?', ['give me a go']],
    // Offers to fill their gap.
    [
      'If your studio is ever short of a gameplay programmer, I am your person.',
      ['If your studio is ever short of a gameplay programmer, I am'],
    ],
    [
      'Should your hub need another brass teacher next year, I would be delighted.',
      ['Should your hub need another brass teacher next year, I would be'],
    ],
    // Eighth round: relays, links passed on, and offers to start.
    ['could u drop ur area manager a line and tell her i want the spot?', ['tell her i want']],
    ['cld u chuck my github link to ur tech lead?', ['chuck my github link to ur tech lead']],
    ['pls get my cv in front of whoever runs it', ['get my cv in front of']],
    [
      'Could you introduce me to her, with a view to joining her team?',
      ['with a view to joining her'],
    ],
    ['I did my training in Gdansk. I can start next week.', ['I can start']],
    ['Please put me on the list for Christmas.', ['put me on the list']],
    // Ninth round: a question whether their side needs someone, answered by the sender's
    // readiness in the next sentence; the finding points at the question.
    [
      'Your salon need stylist for Saturday? I have experience of 8 years in Kabul.',
      ['Your salon need stylist for Saturday?'],
    ],
    [
      'do u know if ur place is looking for weekend staff? i could work weekends',
      // The readiness after it is part of the ask too (the classifier retrained in the twelfth
      // round flags it as well).
      ['do u know if ur place is looking for weekend staff?', 'i could work weekends'],
    ],
    // Held-out 14's misses, as families.
    [
      'tell Gary im around all summer if he wants someone to barrow the slabs',
      ['im around all summer if he wants someone'],
    ],
    ['Can your practice sign me as dental nurse trainee?', ['sign me as']],
    ['would u ask Gaz to stick me on nights with u lot?', ['stick me on nights']],
    [
      'Is possible your agency send me the Portuguese projects?',
      ['send me the Portuguese projects'],
    ],
    ['I hope I might be the first person you ring.', ['be the first person you ring']],
    ['When the hub next recruits, would you put my name in the hat?', ['put my name in the hat']],
    [
      'Please treat this note as my expression of interest in the post.',
      ['my expression of interest'],
    ],
    [
      'Might your team have space for an administrator like me?',
      ['space for an administrator like me'],
    ],
    // Writer bj's families.
    ['Would you find me a place as a trainee surveyor?', ['find me a place as a']],
    ['I ask you to make me senior carer on the nights.', ['make me senior']],
    ["I'll beat their rate, just send the next batch my way.", ['send the next batch my way']],
    ['Pencil me in for your festival dates in August!', ['Pencil me in for your festival dates']],
    ['I wish to become your research associate next year.', ['become your research associate']],
    // Held-out 15's misses.
    ['your building society, it can take me for the counter?', ['take me for the counter']],
    ['would ur gaffer let me start with u in sept?', ['let me start with u']],
    [
      'It would mean a lot if my logs could find their way to whoever picks the testers.',
      ['to whoever picks'],
    ],
    // Held-out 16's misses.
    ['Your coffee shop can give me some hours?', ['give me some hours']],
    ["honestly I'd love first dibs on the sous role there", ['first dibs on']],
    [
      'could u hook me up with the automation contract ur lead is running?',
      ['hook me up with the automation contract'],
    ],
    ['I can come for interview any day.', ['I can come for interview']],
    [
      "I'd be grateful for a route onto your site management team.",
      ['a route onto your site management team'],
    ],
    ['You can tell him I am ready for Monday?', ['tell him I am ready']],
    ['would u be up for vouching for me with ur entertainment director?', ['vouching for me']],
    // Held-out 20
    [
      'When your service next recruits, I would be very grateful for a nod in my direction with the panel.',
      ['a nod in my direction'],
    ],
    ['Would you be willing to sponsor my move into your signalling design office?', ['sponsor my']],
    // Held-out 21
    [
      "The college is looking for a lecturer - if it's still open I'd bite their hand off, could you tell them?",
      [
        "The college is looking for a lecturer - if it's still open I'd bite their hand off, could you tell them?",
      ],
    ],
    // Held-out 22
    [
      'also fancy telling ur practice manager about me?',
      ['also fancy telling ur practice manager about me?'],
    ],
    [
      'I hear your depot will be short of guards after the change, and I would willingly transfer across and cover some of those turns.',
      [
        'I hear your depot will be short of guards after the change, and I would willingly transfer across and cover some of those turns.',
      ],
    ],
    // Held-out 23
    [
      'I understand Harlow sometimes pays for the C+E test for trainees it means to keep; would you consider proposing me for it?',
      ['proposing me for'],
    ],
    [
      "No pressure at all, but if you felt like forwarding it to your ops manager I wouldn't say no.",
      [
        "No pressure at all, but if you felt like forwarding it to your ops manager I wouldn't say no.",
      ],
    ],
    [
      'also no pressure at all but if ur art lead is hunting for a summer intern, a nudge in my direction would be amazing',
      ['a nudge in my direction'],
    ],
    [
      "And if the studio's short of a junior writer one day, give us a shout first, yeah?",
      ["And if the studio's short of a junior writer one day, give us a shout first, yeah?"],
    ],
    // Held-out 24
    [
      'And might you tell the assessors at my March assessment centre that I am worth a place?',
      ['tell the assessors at my March assessment centre that I am worth a place'],
    ],
    [
      'also i know ur airline sponsors a couple of cadets a year through flight school, would u be able to point whoever picks them my way?',
      ['point whoever picks them my way'],
    ],
    [
      "Also, I hear your news desk lost a reporter to the BBC last month - if that seat hasn't been filled yet, I'd love a crack at it.",
      ["if that seat hasn't been filled yet, I'd"],
    ],
    [
      'So if the person who appoints healthcare assistants on your ward were to hear my name from you, I would be most grateful.',
      ['hear my name from you'],
    ],
    // Held-out 25
    [
      'I qualify next summer, and I should be so grateful if you mentioned me to whichever superintendent appoints your newly qualified radiographers.',
      ['mentioned me to'],
    ],
    [
      'Your company has graduate scheme in security. You can suggest my name for it?',
      ['suggest my name for'],
    ],
    [
      'also wd u ask the manager at ur garden centre about summer weekends for me?',
      ['ask the manager at ur garden centre about summer weekends for me'],
    ],
    [
      "I was also wondering if the archive could use me as a paid summer assistant, if you'd not mind asking on my behalf.",
      ['use me'],
    ],
    [
      'If it is not too forward, could you keep me in mind for any part-time posts in your department?',
      ['keep me in mind'],
    ],
    [
      'I attach my CV just for information, in case anything opens up in your team.',
      ['attach my CV', 'anything opens up'],
    ],
    // Held-out 26
    [
      'Might your technician apprenticeship lead hear of me through you?',
      ['Might your technician apprenticeship lead hear of me through you?'],
    ],
    [
      'Would your council fund me through the EHO degree as a sponsored trainee?',
      ['Would your council fund me through'],
    ],
    [
      'P.S. Should the Gazette want parish council meetings sat through and written up for a fee, I would happily do it.',
      ['for a fee, I would happily do it'],
    ],
    [
      "I've applied for the HR coordinator job at your place, so if you fancied dropping your recruitment lead a line to say mine's worth a look, that'd be brilliant.",
      ["I've applied for"],
    ],
    // Held-out 27
    [
      'If your team grows next year, spare a thought for this lorry driver.',
      ['spare a thought for this'],
    ],
    [
      'Your school look for physics teacher from January, please remember my name.',
      ['please remember my name'],
    ],
    ['Throw me into the mix for a traineeship at your place?', ['Throw me into the mix']],
    ['Could my details go on it?', ['Could my details go on']],
    [
      'If you were willing to set this letter before whoever makes that choice, I should be most obliged.',
      ['set this letter before whoever'],
    ],
    // Held-out 28 and writer by
    [
      'also fancy telling ur producer im keen on the breakfast show runner gig?',
      ['telling ur producer im keen'],
    ],
    [
      'fancy letting ur editor know im mad keen on the weekend slot?',
      ['letting ur editor know im mad keen'],
    ],
    [
      'Your head of service will soon choose; I should be most obliged if my name reached her through you.',
      ['my name reached her through you'],
    ],
    [
      'Your partners may like to know that a trainer with a diploma is free to join them from April.',
      ['free to join them'],
    ],
    [
      'If your station is ever in want of a producer, the woman writing to you would answer at once.',
      ['the woman writing to you'],
    ],
    ['whos getting ur old chair? can it be me??', ['can it be me']],
    // Held-out 29
    [
      "If it would not be presuming too much, could your field director be told that a season's digging is what I am hoping for?",
      ['could your field director be told'],
    ],
    [
      "Could you also have me included on Meridian's list of Tigrinya interpreters for court work?",
      ['have me included on'],
    ],
    [
      'Your agency need Tigrinya person for hospital? Please give them my number.',
      ['give them my number'],
    ],
    // Held-out 30: the sender named in the third person.
    [
      "Tell your ops manager there's a Paisley plumber with a half-done B1 who'd be at the hangar the day after he phoned.",
      ["Tell your ops manager there's a Paisley plumber with a half-done B1 who'd"],
    ],
    // Held-out 31: counted among those they call, backed with whoever books.
    [
      'May I also ask that you count me among the Yoruba interpreters your chambers telephones when its regular ones are booked?',
      ['count me among the Yoruba interpreters'],
    ],
    [
      'Would you also back me with the agency that books Punjabi interpreters for the Crown Court?',
      ['back me with the agency'],
    ],
    [
      "P.S. Any Saturday the news desk is a reporter down, I'd come in and cover the whole shift, just ask.",
      [
        "Any Saturday the news desk is a reporter down, I'd come in and cover the whole shift, just ask.",
      ],
    ],
    // Held-out 32: the sender's name going on their list.
    [
      'It is possible my name goes on your list of men for the winter thinning? I have my own saw and all PPE.',
      // (the kit that follows is the ask's second half, as its labeller marked it, and the
      // classifier retrained on 8,097 messages reads it so)
      [
        'It is possible my name goes on your list of men for the winter thinning?',
        'I have my own saw and all PPE.',
      ],
    ],
    // Held-out 33: a gap offered in the conditional, the sender in the third person, a name on
    // a list after a possessive.
    [
      'Should one of your evening classes lose its tutor partway through a term, I would happily see the class through the weeks that remain.',
      [
        'Should one of your evening classes lose its tutor partway through a term, I would happily see the class through the weeks that remain.',
      ],
    ],
    [
      'Your team want one tester more, a careful man from post office? This man is me :)',
      ['Your team want one tester more, a careful man from post office?'],
    ],
    [
      "Is possible my name goes on your school's list for substitute teachers when one is sick?",
      ["Is possible my name goes on your school's list for substitute teachers when one is sick?"],
    ],
    // Held-out 34: a visa sponsorship asked as a wish, the sender in the third person after a need
    // of theirs, a place slotted into when someone drops out, their side calling the sender in too.
    [
      'I also wanted to ask whether your practice would consider sponsoring my visa for a trainee counsellor post.',
      ['sponsoring my'],
    ],
    [
      'Should your dig ever want a site assistant who can back an artic through a field gate, there is such a man in Swindon, and this letter comes from him.',
      [
        'Should your dig ever want a site assistant who can back an artic through a field gate, there is such a man in Swindon, and this letter comes from him.',
      ],
    ],
    [
      "Also if one of your planters drops out this winter I'd happily slot in, I'm fit and I don't mind rain.",
      [
        "Also if one of your planters drops out this winter I'd happily slot in, I'm fit and I don't mind rain.",
      ],
    ],
    // Held-out 35: a register, work at their studio, a texted ring if they are after someone, and
    // a staffing question asked with "search" and answered by readiness.
    [
      'Your agency can register me for Vietnamese interpreter when I have the diploma?',
      ['Your agency can register me for Vietnamese interpreter when I have the diploma?'],
    ],
    [
      'Perhaps at your studio there is work for answer phone and bookings?',
      ['Perhaps at your studio there is work for answer phone and bookings?'],
    ],
    [
      'if the council is after a planning support officer giz a ring id be in quicker than last orders.',
      [
        'if the council is after a planning support officer giz a ring id be in quicker than last orders.',
      ],
    ],
    [
      'Your venue search sound technician for weekend? I start from Friday.',
      ['Your venue search sound technician for weekend?'],
    ],
    // (the same question as a training twin above, answered by the sender's readiness)
    [
      'is ur theatre doing a panto band again? id be well up for the pit gig if u could sort it.',
      [
        'is ur theatre doing a panto band again?',
        'id be well up for the pit gig if u could sort it.',
      ],
    ],
    [
      'Also, when Arabic work comes, your agency can call me too, like the other interpreters?',
      ['Also, when Arabic work comes, your agency can call me too, like the other interpreters?'],
    ],
    // Training writer bn
    ['Could your consultancy use me one day a week while I finish my MSc?', ['use me']],
    [
      'dad said ud sort me out with something at the warehouse over summer?',
      ['sort me out with something'],
    ],
    [
      "If you'd give your DS a nod about me when he picks the mechanics, I'd owe you one.",
      ['a nod about me'],
    ],
    // Held-out 36: work of theirs done for pay, and the sender's name in their thoughts.
    [
      "also when ur team runs guerrilla tests at weekends, I'd do them for a bit of cash.",
      ["also when ur team runs guerrilla tests at weekends, I'd do them for a bit of cash."],
    ],
    [
      "And look, whenever your lot are after a note-taker in the research sessions, I'm game for pocket money, no bother.",
      [
        "And look, whenever your lot are after a note-taker in the research sessions, I'm game for pocket money, no bother.",
      ],
    ],
    [
      'Should the Probation Board recruit officers in Derry during 2026, I should be glad if my name sat near the top of your thoughts.',
      [
        'Should the Probation Board recruit officers in Derry during 2026, I should be glad if my name sat near the top of your thoughts.',
      ],
    ],
    ['Are you still short of hands? I could start Monday.', ['I could start']],
    // Held-out 37: a gap not yet filled, the sender offered for it in the third person.
    [
      "If she's nae found onybody, a dinner wifie that's kept three hunner bairns in order ilka dinnertime widna be a bad bet!",
      [
        "If she's nae found onybody, a dinner wifie that's kept three hunner bairns in order ilka dinnertime widna be a bad bet!",
      ],
    ],
    // Held-out 38: their boss told of the sender's wish to work there, the sender as the one a need
    // of theirs wants, and a staffing question after a lead, answered by the sender's readiness.
    [
      'Please, tell your chief pharmacist that a Sudanese man who know medicines six years, he dream to work in her dispensary.',
      [
        'Please, tell your chief pharmacist that a Sudanese man who know medicines six years, he dream to work in her dispensary.',
      ],
    ],
    [
      "If the estate's ever after a fella with no fear of heights to sort the glasshouse roof, well, he's on the phone to you now.",
      [
        "If the estate's ever after a fella with no fear of heights to sort the glasshouse roof, well, he's on the phone to you now.",
      ],
    ],
    [
      'Also one question: your workshop take someone for lime work, even with small salary? From spring I am free, I am strong and I learn fast.',
      ['Also one question: your workshop take someone for lime work, even with small salary?'],
    ],
    [
      'Could you let me shadow for a week and then maybe stay on as a paid assistant?',
      ['Could you let me shadow for a week and then maybe stay on as a paid assistant?'],
    ],
    // Held-out 39: word passed to whoever sorts their places, the sender on the first ferry, and a
    // CV whose next sentence still asks.
    [
      "If you're chatting to whoever sorts them, say I'm well up for one.",
      ["If you're chatting to whoever sorts them, say I'm well up for one."],
    ],
    [
      "An if dy lab wants a peerie tech, I'd catch da first ferry.",
      ["An if dy lab wants a peerie tech, I'd catch da first ferry."],
    ],
    [
      "I attach my CV. I don't want to disturb you too much, but maybe you pass it to the technical manager for the cadet places?",
      ['attach my CV'],
    ],
    // Held-out 40: the sender named in the third person as the one ready, and a treat promised for
    // a job still asks.
    [
      'When your club want extra man for massage on match day, this man is Kofi, he is ready.',
      ['this man is Kofi, he is ready'],
    ],
    [
      'get me on ur next job and the first pints are on me',
      ['get me on ur next job and the first pints are on me'],
    ],
    // Held-out 41: an opening asked about with the article dropped, patois and Black Country asks.
    [
      'Agency has job for field assistant? Tell me when it come.',
      ['has job for field assistant?', 'Tell me when it come.'],
    ],
    [
      'An if yuh station a tek on emergency care assistant dem fi di summer, beg yuh call mi name to di station manager. Mi ready fi start.',
      [
        'An if yuh station a tek on emergency care assistant dem fi di summer, beg yuh call mi name to di station manager.',
      ],
    ],
    [
      "Do they tek on bank catering staff for the wards? If they do, could yow tip the catering manager the wink? I'm after shifts.",
      ['If they do, could yow tip the catering manager the wink?'],
    ],
    // Held-out 42: work going, asked with no "any", and the sender's readiness after it.
    [
      'summer labouring going with ur lot? id graft all day for cash',
      ['summer labouring going with ur lot?', 'id graft all day for cash'],
    ],
    // Held-out 43: the sender named to the boss in the third person, "inform", and Scots.
    [
      'Please, say your manager that Gábor is interested?',
      ['say your manager that Gábor is interested'],
    ],
    [
      'Please, you can inform your chief engineer I am interested in this?',
      ['inform your chief engineer I am interested'],
    ],
    [
      'If it does, could ye pit ma name tae whoever runs it?',
      ['If it does, could ye pit ma name tae whoever runs it?'],
    ],
    // Held-out 44: the sender in an "or"-question ("I'd do"), work at a day rate, "you take me?",
    // and the manager told with the article dropped.
    [
      "whenever you're stuck for extra hands on market days or the summer street festival, I'd do any paid shifts, could your boss get my name off you?",
      ['any paid shifts'],
    ],
    [
      "Once winter comes, if the lads are short on the ground, I'd drag brash for a day rate no bother, just ring.",
      ["I'd drag brash for a day rate"],
    ],
    [
      'Your agency need Swahili interpreter for hospitals? From May I have time, you take me?',
      ['you take me?'],
    ],
    [
      'Please, maybe you inform manager: Tariq is ready for work with trees?',
      ['inform manager: Tariq is ready'],
    ],
    // Held-out 45's neighbours on training, which its rules must leave asking: the other way round
    // is a call, the one who picks is to hear of the sender, the sender is the one picked.
    [
      'Any chance of picking up a few bank shifts there? Or could we talk for 15 minutes when it suits you?',
      ['shifts'],
    ],
    [
      'When you meet the one who picks the drivers for the school buses, you can send him in my direction?',
      [
        'When you meet the one who picks the drivers for the school buses, you can send him in my direction?',
      ],
    ],
    ['could u put a word in so i get picked up for the xmas peak there?', ['put a word in']],
    // Held-out 46: the manager to hear how much the sender wishes for the place; and a staffing
    // question followed by the sender's readiness still asks.
    [
      'Your trust have apprenticeship for therapy assistant. Please, you explain the manager how much I wish this place?',
      ['explain the manager how much I wish'],
    ],
    // Held-out 50: a place not yet spoken for, and the sender in the third person recommended.
    [
      "If next spring's place is not yet spoken for, could I put myself forward for it?",
      ['put myself forward'],
    ],
    [
      'might you recommend a Thetford caretaker to whoever makes the selection?',
      ['recommend a Thetford caretaker to whoever makes'],
    ],
    // Held-out 62: the contact asked to vouch to, tell or put the sender's case before whoever
    // decides, named by what they do; whoever reads the forms to hear of the sender.
    [
      "Should the Weald Cancer Centre ever agree to take a sponsored trainee clinical technologist, might you put my situation before Dr Reyes, who approves the department's posts?",
      ["might you put my situation before Dr Reyes, who approves the department's posts?"],
    ],
    [
      'When I have applied, would you tell Dr Gaskell, who chooses the placement students, what impression I made on you?',
      [
        'would you tell Dr Gaskell, who chooses the placement students, what impression I made on you?',
      ],
    ],
    [
      'Saltburn Shoreline Consulting opens its graduate scheme in January; after applying, might Mrs Dawes, who reads the first round of forms, hear about our conversation from you?',
      [
        'might Mrs Dawes, who reads the first round of forms, hear about our conversation from you?',
      ],
    ],
    // Held-out 63: anything else done to whoever decides, by title and name.
    [
      'once my placement form has gone in, might you urge Mr Oduya, who picks the students, to read mine closely?',
      ['might you urge Mr Oduya, who picks the students, to read mine closely?'],
    ],
    [
      'When my form lands, would you drop a line to Mrs Oyelaran, who picks the shortlist, saying a fitter of forty-five is worth calling in?',
      [
        'would you drop a line to Mrs Oyelaran, who picks the shortlist, saying a fitter of forty-five is worth calling in?',
      ],
    ],
    // Held-out 66: the relayed ask at the start of a sentence, with its capital.
    [
      'Could you mention my interest to Dr Yates, who chooses that assistant?',
      ['Could you mention my interest to Dr Yates, who chooses that assistant?'],
    ],
    // Held-out 65: a word reaching whoever decides "on my behalf"; the sender's name kept handy.
    [
      "If sponsorship of a junior microbiology technician were ever possible at Ladybower, might your word reach Mrs Pryor, who approves the laboratory's appointments, on my behalf?",
      [
        "might your word reach Mrs Pryor, who approves the laboratory's appointments, on my behalf?",
      ],
    ],
    [
      "and whenever ur team's short for the site assessments, would u keep my name handy?",
      ['keep my name handy'],
    ],
    // Held-out 64: the sender's case laid before whoever decides; the boss to learn from the
    // contact that the sender is a good worker.
    [
      "If Lammermuir Geophysical ever decides to engage a sponsored junior seismic analyst, might my circumstances be laid before Ms Okafor, who approves the team's appointments?",
      ["might my circumstances be laid before Ms Okafor, who approves the team's appointments?"],
    ],
    [
      'Also, when bindery want helper, boss learn from you Sorin is good worker?',
      ['boss learn from you Sorin is good worker'],
    ],
    // Held-out 61: the sender's CV set before whoever interviews.
    [
      'If your dispensary advertises for a dispensing assistant at some point, might you set it before the people who interview?',
      ['set it before the people who'],
    ],
    // Held-out 60: whoever decides, named by what they do, to hear of the sender from the contact;
    // anyone but the sender to learn of someone from the contact; any post looked for, the sender
    // remembered by name.
    [
      'When I apply, could Mr Okafor, who selects the placement students, hear from you what you made of me at the fair?',
      [
        'could Mr Okafor, who selects the placement students, hear from you what you made of me at the fair?',
      ],
    ],
    [
      'When the firm chooses again for next spring, would you let Mrs Pickering, who I gather does the choosing, know this glazier of thirty-eight would graft harder than any school leaver?',
      [
        'would you let Mrs Pickering, who I gather does the choosing, know this glazier of thirty-eight would graft harder than any school leaver?',
      ],
    ],
    [
      'And when your firm takes a trainee next spring, could Mrs Quenby learn of Radoslav from you?',
      ['could Mrs Quenby learn of Radoslav from you?'],
    ],
    [
      'In spring my course is finishing; if your law centre look for adviser then, please, you remember Hodan?',
      ['look for adviser then, please, you remember Hodan?'],
    ],
    // Held-out 59: a favourable line about the sender, a favourable account of the sender by name.
    [
      'Once my application is lodged in October, could you put a favourable line about me before Mr Curry, who arranges the placements?',
      ['put a favourable line about me'],
    ],
    [
      'Once my application goes off, might Mrs Lambert, who chooses the apprentice, hear a favourable account of Ruth Procter from you?',
      [
        'might Mrs Lambert, who chooses the apprentice, hear a favourable account of Ruth Procter from you?',
      ],
    ],
    // Held-out 58: the lead to hear the contact commend the sender; a glowing account of the
    // sender.
    [
      'If the panel is still being chosen, might Mr Grundy, the imaging lead, hear you commend a Pemberton counter clerk?',
      ['hear you commend a'],
    ],
    [
      'Once my form is in, might you give Mrs Barham, who runs the reporting team, a glowing account of the trolley lady?',
      [
        'might you give Mrs Barham, who runs the reporting team, a glowing account of the trolley lady?',
      ],
    ],
    // Held-out 57: a good word in the sender's favour, by name; non-native, remembered by name.
    [
      "When I apply this spring, might Mr Desai, who chooses them, hear something in Hetal Mistry's favour from you?",
      ["might Mr Desai, who chooses them, hear something in Hetal Mistry's favour from you?"],
    ],
    [
      'When your library look for assistant after my course is over in 2026, maybe then you remember Rūta?',
      ['look for assistant after my course is over in 2026, maybe then you remember Rūta?'],
    ],
    // Held-out 56: the manager to hear of the sender from the contact, or that the sender would
    // seize the place; the sender's details given by the contact.
    [
      'supposing I apply, might Mr Hodgson, who runs the gauging team, hear of me beforehand from you?',
      ['might Mr Hodgson, who runs the gauging team, hear of me beforehand from you?'],
    ],
    [
      'might Mr Pilling, the imaging services manager, hear from your own mouth that a porter of forty-four would seize either one?',
      ['hear from your own mouth that a porter of forty-four would seize either'],
    ],
    [
      'if Barlow Fenn were ever willing to sponsor a trainee attorney, could Mr Dunmore, who hires the trainees, be given my details by you?',
      ['be given my details'],
    ],
    // Held-out 55: something said on the sender's behalf; non-native, the sender's name to the
    // warden.
    [
      'When the next is chosen, would you say something on my behalf to Ms Lacey, who owns the studio?',
      ['say something on my behalf'],
    ],
    [
      'Your reserve take seasonal worker for tern count? Please tell warden my name.',
      ['Your reserve take seasonal worker for tern count?', 'tell warden my name'],
    ],
    // Held-out 54: something good said of the sender, by the contact, to whoever runs it.
    [
      'If I apply this round, might Dr Mensah, who runs the training programme, hear something favourable about me, coming from you?',
      [
        'might Dr Mensah, who runs the training programme, hear something favourable about me, coming from you?',
      ],
    ],
    // Held-out 53: non-native, the sender named as looking for work, or asked about to the manager.
    [
      'Maybe to Mr Sandhu your manager you say that Yohannes is looking work as student officer in summer holiday?',
      ['say that Yohannes is looking work'],
    ],
    [
      'If in the team is summer student work, you tell Mr Rana your manager about Nirav?',
      ['tell Mr Rana your manager about Nirav?'],
    ],
    // Held-out 52: what being picked would mean, a good worker named to the manager, the partner to
    // know of the sender through the contact.
    [
      'might Mr Ritson, the director who chooses, learn from you what it would mean to a scaffolder of fifty-two to be picked?',
      [
        'might Mr Ritson, the director who chooses, learn from you what it would mean to a scaffolder of fifty-two to be picked?',
      ],
    ],
    [
      'Also, for technician helper in your clinic, you tell manager Harjit is good worker and ready?',
      ['tell manager Harjit is good worker'],
    ],
    [
      'From August I have no more classes, so when your firm is needing patent assistant, the partner can know me through you?',
      ['the partner can know me through you'],
    ],
    // Held-out 51: the sender in the third person, and how keenly they want the place.
    [
      'I understand Wantsum takes on one heritage carpentry apprentice every spring; could the partner choosing that apprentice be told how keenly a fairground man of forty-five wants the place?',
      [
        'could the partner choosing that apprentice be told how keenly a fairground man of forty-five wants the place',
      ],
    ],
    // Held-out 48: whoever chooses to look at the sender, the archivist to hear how much; a
    // staffing question followed by the sender's ask, or by a call, still asks.
    [
      'I saw Northway Hearing is taking on audiology apprentices in January - might whoever chooses them take a look at me, if you asked?',
      ['whoever chooses them take a look at me'],
    ],
    [
      "I gather the record office will soon advertise a part-time conservation assistant; could the county archivist hear through you how much I'd love that post?",
      ["could the county archivist hear through you how much I'd love"],
    ],
    [
      'is ur company hiring grads for the data team? cud u refer me?',
      ['is ur company hiring', 'refer me'],
    ],
    [
      'Please, is possible to explain your manager: Kurdish woman, radiographer ten years in Erbil, she want to work as helper in your department? Is possible we have phone talk 20 minutes?',
      [
        'Please, is possible to explain your manager: Kurdish woman, radiographer ten years in Erbil, she want to work as helper in your department?',
      ],
    ],
    // Held-out 47: the manager to hear of the sender's wish; a post in the field applied for.
    [
      "And might your manager hear I've my eye on one of the sessional posts at the youth café?",
      ["your manager hear I've my eye on"],
    ],
    [
      "I'm applying for the optometry assistant post at your branch.",
      ["I'm applying for the optometry assistant post"],
    ],
    [
      'Maybe your office is looking for support worker? Please tell the manager: Abena is hardworking and she is ready.',
      ['tell the manager: Abena is'],
    ],
    // Held-out 67's neighbours: with "your", their need asked about offers the sender; the step
    // to come with a request in the sentence.
    ['also does your lab need a summer helper?', ['also does your lab need a summer helper?']],
    [
      'Holmfirth Clocks opens its restoration traineeship in April, and I mean to apply, so could you put in a word for me?',
      ['put in a word'],
    ],
    // Held-out 71: the sender in the third person, put to someone of theirs.
    [
      'And should the museum need a paid guide next spring, might you mention an old crane driver to Mrs Alder, who runs it?',
      ['mention an old crane driver to Mrs Alder'],
    ],
    [
      'Should the practice take on a trainee this autumn, please tell Dr Pugh, who hires, about a taxi driver free from August?',
      ['tell Dr Pugh, who hires, about a taxi driver'],
    ],
    [
      'When workshop need helper, you explain boss Andriy start May?',
      ['you explain boss Andriy start'],
    ],
    // Held-out 72: the same relay in statement order, heard "from your mouth".
    [
      'When the herbarium needs a mounter, maybe the head of herbarium can hear about Besa from your mouth?',
      ['head of herbarium can hear about Besa from your mouth'],
    ],
    // Held-out 73: a good word of the sender, named, told to the manager; the sender in the third
    // person recommended to their side with the order turned.
    [
      'Also if your bakery search helper, can you explain manager Oksana is quick and careful?',
      ['explain manager Oksana is'],
    ],
    [
      'When that post is next advertised, would you recommend to the museum a bus driver who has never missed a shift?',
      ['recommend to the museum a bus driver who'],
    ],
    // Held-out 75: the contact heard vouching that the sender, in the third person, is fit; the
    // good word told with "say" and no "to"; whoever manages to know it, with no "from you".
    [
      'When the post is next advertised, could you vouch to Mrs Rowe that a carpet fitter of thirty years measures twice?',
      ['vouch to Mrs Rowe that a'],
    ],
    [
      'If depot want helper for the winter, please say manager Bogdan arrive early and never late?',
      ['say manager Bogdan arrive'],
    ],
    [
      'When the clinic look for helper, supervisor can know Ilona is careful with old people?',
      ['supervisor can know Ilona is'],
    ],
    // Held-out 76: the sender in the third person to cross the contact's mind, after a question
    // how their side runs; the sender named, to be thought of; praise of the sender that reads
    // like a denial ("never late for").
    [
      'Were the garage ever short of a fitter, might the Walsall cobbler cross your mind?',
      ['might the Walsall cobbler cross your mind'],
    ],
    ['Depot take driver in spring? Then think of Kofi.', ['Then think of Kofi.']],
    // Held-out 77: "vouching"; the sender in the third person held in mind, or remembered.
    [
      'When the panel sits, might Mrs Hale find a note from you vouching that a porter of twenty years keeps his head?',
      ['vouching that a'],
    ],
    [
      'Should the studio ever need a runner, please remember a retired welder from Hull.',
      ['please remember a retired'],
    ],
    [
      'And should the survey ever need a technician, would you hold an old printer in mind?',
      ['you hold an old printer in mind'],
    ],
    [
      'When the forms are in, might Mr Doyle hear kindly from you about a porter never late for a shift?',
      [
        'When the forms are in, might Mr Doyle hear kindly from you about a porter never late for a shift?',
      ],
    ],
    // Held-out 78: the sender in the third person mentioned in the passive, or put in mind; whoever
    // leads to gather a good word; paid work asked of the contact herself.
    [
      'If the kennels take on summer staff, could a Whitby seamstress get mentioned to Jo, your yard manager?',
      ['could a Whitby seamstress get mentioned to'],
    ],
    [
      'Should the practice ever sponsor a trainee, might Mrs Hale, who signs its contracts, be put in mind by you of a porter with an engineering degree?',
      ['put in mind by you of a porter'],
    ],
    [
      'Once the shortlist is drawn, might Mr Penrose, who leads the scheme, gather from you how calm I am under pressure?',
      ['might Mr Penrose, who leads the scheme, gather from you how calm I am under pressure?'],
    ],
    ['come the spring lambs, could I earn a bit helping you feed them?', ['could I earn a bit']],
    // Held-out 79: the sender in the third person reassured of; the contact to champion them.
    [
      'Should the mill want an apprentice, might Mr Hale, who does the hiring, be reassured by you about one Leeds baker with quick hands?',
      ['be reassured by you about one Leeds'],
    ],
    [
      'When the post comes round again, might you champion a porter whose back has carried furniture since school?',
      ['you champion a porter whose'],
    ],
    // Held-out 80: whatever the boss is told of the sender; the sender recommended with no one
    // named to hear it; the sender's number to stay with the contact.
    [
      'When the library wants a paid cataloguer, perhaps you tell your boss that Kwame is careful and quick?',
      ['tell your boss that Kwame is'],
    ],
    [
      "The trust funds two ranger posts each spring; when the next is advertised, would you recommend Portree's fish packer?",
      ["would you recommend Portree's fish packer"],
    ],
    [
      'Should the yard ever lack a rigger this season, might my number stay with you?',
      ['might my number stay with you'],
    ],
    // Held-out 81: whoever is to hear of the sender from the contact, in any order; convinced or
    // persuaded by the contact's word; given the contact's opinion of them; mentioned upstairs;
    // told what the sender knows; paid days asked of the contact.
    ['Owner hear about Somchai by you?', ['hear about Somchai by you']],
    [
      'maybe boss hear from you Mei-ling stay calm and know boats?',
      ['hear from you Mei-ling stay'],
    ],
    [
      'From May, depot manager find out through you Wai-man is ready?',
      ['find out through you Wai-man is'],
    ],
    [
      'When that stool next falls vacant, could Mrs Reid learn of Kirsty Flett through you before she chooses?',
      ['learn of Kirsty Flett through you'],
    ],
    [
      'When Mrs Ord, on the interview panel, reads the forms, could you convince her that nine years of calming angry diners will keep a woman steady on a ward?',
      ['could you convince her that'],
    ],
    [
      'If the planetarium one day thinks of sponsoring a junior guide, might your word persuade Ms Kerr, who decides its hiring, that the forms would be worth it?',
      [
        'might your word persuade Ms Kerr, who decides its hiring, that the forms would be worth it?',
      ],
    ],
    [
      'Should your gallery ever recruit a guide, might Mrs Oduya, who hires, have your opinion of this hop picker?',
      ['have your opinion of this hop picker'],
    ],
    [
      'n when summer storms leave the yard a rigger short, ud mention me upstairs, wudnt you?',
      ['mention me upstairs'],
    ],
    [
      'If office need trainee, you say manager Samira know silver since ten year old?',
      ['say manager Samira know'],
    ],
    [
      'also when the christmas rush hits the workshop, could I sand for you on paid days?',
      ['could I sand for you on paid days'],
    ],
    // Held-out 82: the sender's number asked to be worth keeping; and asks after a condition on
    // their need, which the reading of questions about how their side goes about it leaves alone.
    [
      'If the kitchen is a sous-chef short this spring, is my number worth keeping?',
      ['is my number worth keeping'],
    ],
    [
      'if the lab is taking on a temp over winter, wud u tell Dr Shah, ur boss, im free from november?',
      ['taking on a'],
    ],
    [
      'Should the boatyard need a rigger in spring, might you mention Ellis Kane to whoever hires?',
      ['to whoever hires'],
    ],
    // Held-out 83: a day's wages asked for the sender; whoever chooses asked to see the CV; work at
    // their firm still asked.
    [
      'oh n when the fete gets busy, is there a days wages for me helping u out?',
      ['days wages for me'],
    ],
    [
      'n whenever a junior keeper gets picked, cud the picker see my cv thanks to u?',
      ['cud the picker see my cv'],
    ],
    ['Could I work at your firm next summer?', ['Could I work at your']],
  ])('flags %p', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it.each([
    'I have followed your career path since your keynote.',
    'I agree with your position on remote onboarding.',
    'What does your job as a designer involve day to day?',
    'How has your role changed since the merger?',
    'How did you get a job in publishing so soon after graduating?',
    "I'm not looking for a job, only your advice.",
    'Do you have any openings in your calendar next week?',
    'What kinds of roles are open to graduates in this field?',
    'Could you suggest someone else I might talk to, and may I use your name?',
    'I would welcome your advice on how to get a job in broadcasting.',
    'Your current role sounds fascinating.',
    'Could we resume the conversation we started at the fair?',
    'Could you introduce me to your executive chef? I would love to hear how menus are planned.',
    'Could you tell me about your agency?',
    'Would you give me a chance to ask a few questions?',
    'How did ur head of flys try u out when u started?',
    'How do you cover it if your studio is short of a programmer? I am curious.',
    'If you need another call, I am free on Friday.',
    'If you need any more information, please let me know.',
    "If you need a reminder, I'll message again next week.",
    'Could you put me on the mailing list for the next careers evening?',
    'I could start by sending my questions ahead of the call.',
    // The same question without the readiness, or the readiness after a question about the call.
    'Is your agency always short of carers? It is all over the news.',
    'Do you need my questions before the call? I can start with the ones on training.',
    'How did you find your first locum days after qualifying? I am qualified from July.',
    'I put my name in the hat for a session worker post at another hub.',
    'Could you fit me in for a call on Thursday?',
    'Could you send me the reading list from your talk?',
    'Could you pencil me in for a call next week?',
    'Could you give me a slot in your diary as a favour?',
    // Held-out 15's false alarms.
    'does ur shop take on another spanner for the summer rush or do the saturday lads cover it?',
    "I'd be glad to hear how the solutions engineer opening on your team differs from account work.",
    "I'd like to hear how slingers work with the crane drivers; I have no vacancy in mind.",
    'Could you give me a few hours of your time one Saturday?',
    'How did you find your route onto the site team?',
    // Held-out 60's neighbours: the one who picks asked about, not told of the sender; learning
    // from the contact oneself.
    'Could you tell me who picks the apprentices, so I know what to expect?',
    'Could I hear about Kew from you?',
    // Held-out 62's neighbours: whoever reads the forms asked about; the sender's visa, held; a
    // bare CV line before a question about their side.
    'Saltburn Shoreline Consulting opens its graduate scheme in January; would Mrs Dawes, who reads the first round of forms, count part-time retail work for anything?',
    'Could you tell me what Dr Gaskell, who chooses the placement students, looks for?',
    'Would you tell me whether Mrs Oyelaran, who picks the shortlist, favours graduates?',
    'The right to stay that I hold, a Graduate visa, ends a year from October; after it I can only remain if an engineering firm with a sponsor licence takes me on.',
    'cv attached. n does the workshop pay extra winter help for stripping n waxing, or do the lads cover it?',
    // Held-out 67's: whether a thing of theirs needs someone, with neither side in the question; a
    // step still to come, told as news.
    'also will the tide survey need a summer helper?',
    'Holmfirth Clocks opens its restoration traineeship in April, and I mean to apply.',
    // Held-out 66's: a job that offers flexible working.
    'My job offers flexible working, yet I can only do Tuesday 9 December, 7pm.',
    // Held-out 65's: the contact's work called the dream job; weekends offered for the call; a bare
    // CV line before a non-native question about their side that opens on the bare noun.
    "you're in the bakery lab at Pentland Oatcakes, which is the dream job for me, so ud be perfect to ask.",
    'Maybe 20 minutes talking in phone, you choose day? Also weekend okay for me, no problem.',
    'CV attached. Director want degree for junior designer, or portfolio enough?',
    // A phrase in a question about how their side runs itself, or a question the next sentence
    // says was curiosity (tenth round).
    'The junior buyer role on your team sounds great; what kind of person does your manager want in it?',
    'Does your ward need more nurses this winter? I ask because I am writing an essay on staffing.',
    // Held-out 20: which of two ways suits their side, and a firm that sponsors others.
    'Your trucks, is better to have mechanic in company or use outside garage? I work weekends also.',
    'I noticed your firm is sponsoring apprentices again; how do they balance study days?',
    'Feel free to use me as a case study for your talk.',
    'Could you sort me out with some reading before the call?',
    // Held-out 24: an offer to fit around them, and a CV sent as background only.
    'Any time in the next month would work, and I can move lectures if need be.',
    'Your caseload comes first, and any weekday can work for me.',
    'I send my CV with this email only for you know my background.',
    'Also, I hear your news desk lost a reporter last month - does that happen a lot?',
    'i read ur airline sponsors a couple of cadets a year, were u one of them?',
    // Held-out 25: a CV sent for reference with a denial, and a role that usually goes to others.
    'My resume is attached only for reference, I am not requesting you to forward it.',
    'My CV is attached purely as background, to show where I am starting from.',
    'My CV is attached; please do not forward it to your team, as I am staying put for now.',
    'PS: I saw that the studio is taking someone on this summer; is that a role that usually goes to a graduate?',
    // Held-out 26: the sender's own news, a CV not to be passed on, curiosity about their way in,
    // and where a post is filled from.
    "it's Lucas from capoeira 😊 I deliver for Uber Eats but I've applied to NATS.",
    'I am Martin Doherty, a prison officer at Magilligan, and I have just been offered a NATS trainee place.',
    "Good afternoon, is that Ms Mahon? I'll be sitting this one out, having taken a job in Newport.",
    "I attach my CV, but as background only; please don't pass it to your clinical lead or anyone.",
    "and do ur food safety lot take on summer students? wondering if that's how u got in",
    "If a trainee place on your unit's next course came free at short notice, I gather it would be filled from the national list rather than by your training manager.",
    // Held-out 27: news of their side, a degree applied for, a question said to be nosiness, and a
    // name the contact may not remember.
    'I hear your commercial team will take on a trainee surveyor when the hospital job starts in spring.',
    "I see your firm's graduate scheme now accepts older entrants, which struck me as a good sign for people of my age.",
    'I have been a staff nurse for fourteen years, and at 39 I am applying for the occupational therapy MSc at Trinity to start next autumn.',
    'does ur ward use maternity care assistants much? just nosy before i start in march',
    'We sat on the same MAPPA panel in Bridgend in 2019, though you may well not remember me.',
    // Held-out 28's twins.
    'how did u land the breakfast show runner gig when u started?',
    'Could you tell me what weighs most when your head of service chooses?',
    'I am free to join the call any day you like.',
    "I'm free to join you on a call on Tuesday, or your Thursday webinar.",
    'I am free to join your weekly call if that helps.',
    // Held-out 29's twins.
    'Separately, how does your field director pick the people who dig with the Trust for a season?',
    "I also wonder how one gets onto Meridian's list of Tigrinya interpreters for court work.",
    'And in your company, when they need junior, they take from courses or from university?',
    'I want to work in forest. Maybe you give me one hour, or two, in the forest, you show me the work?',
    // Held-out 30's twins: a CV not sent for a post, the sender's past and ambition, what made them
    // write today, and questions about how their side runs or what the contact thinks of it.
    'My CV is attached so that you know where I have come from, not with the learning officer post at the Horniman or any other opening in mind.',
    "In Sana'a I worked in garden project as assistant, first month unpaid, and after they give me contract.",
    'I moved to Manchester in 2023 and have just passed the first two papers of the ATT.',
    'I want to be speech therapist like you, so I ask you.',
    'just had my nails done at Glam Lab n thought id finally send this.',
    'also did ur practice manager ever fill the assistant role in the end?',
    'The site safety trainee place, your supervisor choose by interview or exam?',
    "I would like to hear whether you rate your company's engineering degree apprenticeship.",
    // Held-out 31's twins: a CV not enclosed, the kind of test, where their trainees come from, how
    // their chambers finds an interpreter, a reporter down with nobody offering; and a sender
    // feeling down, or weeks short of a course, offering nothing.
    'I have not enclosed a CV, since I have no wish to join your field surveyors; I would simply value your view of the training.',
    'Please, when your office is recruiting the PSOs, what kind of test they give?',
    'Your office take trainees in the next intake from which university mostly?',
    'Might I also ask how your chambers finds a Yoruba interpreter when the regular ones are booked?',
    'P.S. How does the news desk manage when a reporter is down on a Saturday? Always wondered.',
    'Could you also tell me about the agency that books Punjabi interpreters for the Crown Court?',
    "I'm a bit down, so I would love to hear how you kept going.",
    "I'm two weeks short of finishing the course, and I'd happily cover my own travel to meet you.",
    // And what the classifier over-read before its retrain on 7,937 messages (0.66 and 0.74), or
    // after it (0.95, now kept from it as a fact about their side checked with a tag).
    'You are court interpreter, I want this job for future.',
    'Your clinic has assistant also? How they start, from course? I start my course next month.',
    // Held-out 32's twins: their side's need as someone passed it on, a question the next
    // sentence says is asked only to know, or by someone not applying and only curious; and a
    // name going on a waiting list.
    'Also Sahra say your dispensary need more person in summer. How you manage, agency or family?',
    'Your firm takes trainees for payroll every September, Olga told me.',
    'Your organisation open place for youth worker every year? I ask only to know the way in.',
    'Your company is taking trainees? I am not applying now, just I am curious what the director looks for.',
    'For my course, my name went on the waiting list in May.',
    // A training twin the classifier retrained on 8,097 messages over-read: a fact about their
    // side checked with a texted tag.
    'ur chain is opening in Leeds rite? wondering how u got to be deputy.',
    // Held-out 33's twins, and a call's offer to fit around the contact.
    'Is the station ever short on the winter rota? Yer boss must have a job covering it in January.',
    'You choose the moment, for me is no problem.',
    'I would love to hear about one of your evening classes sometime.',
    'ur team takes ex cops as investigators right?',
    // Held-out 34's twins: who approves places on their side, when their trainees start, a CV sent
    // only to show the sender's path, the field the sender wants to get into; and a sponsorship
    // the sender already has.
    'I have also wondered who approves trainee places at a practice your size: the partners themselves, or someone in personnel?',
    'Trainees in your firm start only in September?',
    'Attached is my CV, purely to show you my path so far; please keep it to yourself.',
    "Gerard put me onto you; he said you know fire-stopping in old buildings better than anyone, the bit of surveying I'd love to get into.",
    'My employer is sponsoring my degree, so I stay until 2027.',
    // Training twins the classifier retrained on 8,417 messages over-read: the contact too busy
    // now and the sender calling or asking later, and a question whose next sentence says the
    // sender wonders how theirs compares.
    'If you have no time this week, it is no problem, I can call again next week.',
    'if ur busy after shifts i can just walk u to the station and ask then haha.',
    'is ur theatre doing a panto band again? i did the pit gig at the Alhambra last yr so just wondering how urs compares.',
    // Held-out 35's twins: denials, and what their website lists.
    'I will not put myself forward this year, though I am curious whether the head of the office chooses that person herself.',
    'It would help to learn if people like me ever start on it, although I have no intention of joining it myself.',
    "Also, I spotted the graduate planner job that's advertised - no way I'm ready for it yet, but what makes your boss pick someone?",
    'The museum website lists a conservation assistant vacancy with your team, closing on the 30th.',
    'Could you register me for your careers webinar next week?',
    // And a question about their intake that the next sentence says the sender is not applying to.
    'Your company still take graduate actuary this year? I not apply yet, first I want to finish exam CM1.',
    // What the classifier retrained on 8,577 messages read as asks: a place at an event, and when
    // the sender is free with nothing else in the sentence.
    'Could you book me onto the open day in March?',
    'Could you register me for the open day in March?',
    'I start from Friday.',
    'Next week already I am free.',
    'I am available from Friday.',
    // Held-out 36's twins: what a post needs, a fact checked with "yes?", who ends up on their
    // rota, whether they are still short, an either/or with the article dropped; and the sender's
    // own paid work.
    'Please, for the vacancy of therapy assistant in your clinic, it need degree or only experience?',
    'Your company has apprenticeship for UX research level 4, yes?',
    "Who ends up on your lot's weekend release rota, paid like?",
    'Are you still short of hands on the Dearne Valley site this summer?',
    'Also, your hospital need Turkish speaking assistant for children therapy, or interpreter come?',
    "I'm doing deliveries for a bit of cash at weekends.",
    // Held-out 37: news of their side heard, with "And" before it.
    'And I see your firm is hiring a graduate investigator in the spring.',
    // Held-out 37's twins: a CV sent to show where the sender starts from, with the intake out of
    // reach; an application put off; questions about how their side runs.
    'I enclose my CV so you can judge my starting point; your offshore medic intake is well out of my reach for now.',
    "I won't put in an application until my course is done, though I wonder whether your practice manager prefers people who arrive with some clinic experience.",
    'Also when ATC assistant openings come up at Wealdgate, are they advertised online or more word of mouth?',
    'also do the support workers on bank shifts in ur team get the same training as the full time ones?',
    "I'd also be interested to know whether your manager still covers Saturday shifts on reception herself.",
    'I saw the assistant vacancy at your place last month, too; does the ops manager usually fill those from inside?',
    // And held-out 31's twin: how many apply.
    'When your hospital open trainee post, many people apply for it?',
    // Held-out 38's twins: who applied, what their manager expects, whether they end up a gardener
    // down and the shifts are paid, an either/or with "only", watching the work, and a question the
    // next sentence says is wondering about their side.
    'When your team advertised a conservation assistant vacancy last year, I wondered who applied, as it seemed to want a degree.',
    'Would your pharmacy manager expect dispensing experience, for the trainee technician post you shared?',
    'does Breckness ever end up a gardener down on the weekend rota, and are those shifts for pay?',
    'Does your agency take on trainees at all, or only qualified people?',
    'Maybe one afternoon I sit with you in your pharmacy, you let me watch the work?',
    'Your pharmacy take apprentice this autumn? I wonder, what the one you take learn in first months?',
    // Held-out 39's twins: a CV the next sentence says asks for nothing, how their side tends to
    // take trainees, whether a post wants a degree, volunteers or staff, the caller's name again.
    'I enclose my CV. It is only a picture of my starting point; applying is some way off yet.',
    'Is your ward manager ever on the interview panel, and does she tend to take trainees straight from an Access course?',
    "And one more thing: the assistant's job your head of conservation advertised, does she want a degree for it, or does hands-on work count at interview?",
    'Does the Soar Valley Record Office cover its search room on Saturdays with paid staff, or do volunteers keep it open?',
    "I do appreciate it, Dr Pryor, and it's Freya Manson, in case you need it again.",
    // Held-out 40's twins: how their side staffs (in Scots), what the manager wants, what sort of
    // person they are after, where their roles go, whether registration is enough, and lunch on
    // the sender.
    'Also does yer team use sessional workers to cover the weekend unpaid work squads, or does yer manager keep it to the full-timers?',
    'Please, when your unit look for maternity support worker, the manager want experience from hospital, or also from other work like factory?',
    'And what sort of person is your hiring manager after for the junior GIS role?',
    'Do administrator or support worker roles in your service ever go to people without a clinical background, and do they lead anywhere?',
    'Please, is possible to ask your manager: Kurdish woman, radiographer ten years in Erbil, she must study all again, or registration is enough for work in department?',
    "Next time you're up home, could lunch be on me while I quiz you for a good hour about how you did it?",
    // Held-out 41's twins: curious whether they take trainees or not, what a job needs, a CV that
    // shows the sender's history, an opening asked about inside a condition.
    "I have long been curious whether desks like the Courier's take graduate trainees who need their visa sponsored at all, or whether the cost rules that out for a regional paper.",
    'Field assistant job in Agency need degree or not? Only I want to know.',
    'My CV is attached, it show my history. For assistant in archive, your manager look more at experience or at qualification?',
    'When your library have vacancy for assistant, it is on the university website or only inside?',
    // Held-out 42's twins: a vacancy seen on their website, what gets an applicant shortlisted,
    // whether experience is also okay, how often they need someone, dinner on the sender, sitting
    // in on a clinic, and coming over to their yard while they work.
    'In your website there is vacancy for orthotic technician assistant.',
    "I hear your service is recruiting a genetic counselling assistant; what gets an applicant onto the lead's shortlist?",
    'Please, for ranger assistant, your boss want qualification from here, or experience from Nyanga is also okay?',
    'Your agency need interpreter for weekend often? How is the work on weekend, more hard?',
    "I'm over in Glasgow for a course next month, so would you let me buy you dinner one evening and hear it all from the start?",
    'Could I come and sit in for an afternoon clinic of yours to see the work?',
    'Could I come over to your yard and quiz you while you work, forty-five minutes, give or take?',
    // Held-out 43's twins and neighbours: "or HNC also fine?", a day that would be fine, the
    // sender's own shifts swapped, and "proper job!".
    'For trainee QS opening in your firm, HR department prefer degree holders or HNC also fine?',
    'Even a Sunday evening would be fine.',
    "You say when, I'll get me shifts swapped.",
    'met the word count on my essay with a day spare, proper job.',
    // Held-out 44's twins and neighbours: what counts for more, what gets a person onto a
    // shortlist, vacancies seen or told as news, the message speaking of itself, a spell out with
    // the crew, Doric questions about the bank and who fills the gaps, "also older man?".
    'My CV is pasted under my signature; should your probate department take on a paralegal this year, which counts for more when the partner chooses, qualifications or life experience?',
    'Your hospital is hiring assistant physiologist, I see on NHS Jobs.',
    'What gets a person onto the trainee shortlist, in your view?',
    "I've let this email sit unsent for weeks, so please forgive it for coming across a little awkwardly, or rather more nervously than I'd wish.",
    'I watched your crew on the Follaton oaks last month; could I join you on a job for an afternoon, asking questions between cuts?',
    "Till uni starts, fit's the bank like for HCA shifts on the kids' ward, are they hard tae come by for folk like me?",
    "The seed bank's trainee technician post has just been advertised; what tends to earn a place on its shortlist?",
    'Your company take apprentice for surveying also older man?',
    "next time the lab's after a trainee wot's ur manager hoping for in a cv?",
    "if the ward's short ower summer fa fills the gaps, support workers?",
    'Does the senior curator ever take people from trades like mine into paid work in the collections team, however junior?',
    'Your hospital take apprentice for nursing from September. The ward manager accept also people of forty-five, or young only?',
    // Held-out 45's: volunteers or paid, the qualities weighed, "or level 6 only?", who gets hired
    // and who the partner would rather have, who covers, the other way round, who picks them, a
    // qualification from abroad.
    'The trust need extra people for seal counting in winter, or volunteers do all of it?',
    'Your service has advertised a trainee interpreter vacancy; which qualities will the panel weigh most when settling who to interview?',
    'Your agency take trainees with level 3, or level 6 only?',
    'Do summer site measurers get hired at your practice, and would the senior partner rather have graduates?',
    "Before term starts, I'm curious who covers when the imaging department is a helper short at weekends: qualified staff on extra shifts, or helpers?",
    'Your practice take apprentice vet nurse this year? Or practice manager like only young people for it?',
    "n if the council's taking on planning apprentices in sept who picks them, is it the team or HR?",
    'Your manager take helper in X-ray with Bulgarian paper?',
    // Held-out 46's: where the contact may remember the sender from, who tends to take the shifts,
    // what catches an eye, a page read, what follows "In this case", the background hoped for, a
    // placement told as news, clinics like theirs, how often, what the service will look for.
    'You may remember me from the aphasia café at Croydon Central Library, where I pour the teas on Saturdays; you said then I might email.',
    'Whenever your department looks for bank therapy assistants on the stroke unit, who tends to take those shifts, students or assistants with experience?',
    "A CV is enclosed, for background and nothing more; when your unit is next recruiting site assistants for its quarry digs, what catches the project manager's eye?",
    "On your firm's page I read you need CAD technician.",
    'Maybe your office is looking for support worker? In this case, the manager ask UK experience only, or Ghana one is useful also?',
    "Should the studio ever have a paid assistant's post to fill, what sort of background would it hope for?",
    'Your hospital have paid placement, one year, maternity support worker.',
    'im free from nov, do clinics like urs ever take on winter assistants?',
    'Your company need Sylheti interpreter for police station in night often?',
    'If another OH technician joins your service this year, what will the service be looking for?',
    // Held-out 47's: news that has reached the sender and whom the lead tends to appoint, paid job
    // or trainees, whom Mrs Gill prefers, a field applied for, what the manager would hope to see,
    // a vacancy told as news and vacancies like that, whether the band 7 leans on it or has enough.
    'Word has reached me that your department is recruiting a dietetic assistant; would your dietetics lead tend to appoint from catering backgrounds, or chiefly from care work?',
    "Is Saturday reception at the practice a paid job, or do Mr Tulloch's trainees take turns at the desk?",
    'And should the practice hire a trainee assistant for dispensing this spring, does Mrs Gill prefer someone who has already worked in optics?',
    'hiya Jess its Chloe Harper, 20, i work at a garden centre n im applying for optometry',
    'Should I apply for it next spring, what would your team manager hope to see from an applicant of my age?',
    'Your school has advertised a vacancy for a bilingual teaching assistant with Nepali. Do vacancies like that draw a long shortlist, and are they a sensible step before training?',
    'I wonder whether your band 7 leans on it for weekend shifts or has enough permanent staff',
    // Held-out 48's: a staffing question followed by another about their side, "or no?", where such
    // posts go, whom a lead would favour, hiring from courses like the sender's, anyone of
    // thirty-eight, offered internally, what lifts an applicant, "is it students…", who works those
    // shifts, and Doric "who dis the slippin fan…", "does your boss tak on … or use contractors?".
    'is ur company hiring grads for the data team? do they care about a degree?',
    'Your clinic take a helper in the summer? Your boss choose students for this?',
    'When your manager need assistant for Kurdish and Turkish families, she take people without therapy diploma, or no?',
    'If a trainee post should open in your studio, do such posts go to conservation graduates, or to people trained at the bench?',
    "If St Mary's recruits a trainee associate audiologist next year, would your audiology lead favour mature students?",
    "If the library's conservation unit ever wants a technician on a short-term contract, does the boss hire from courses like mine?",
    "Should the yard's adult apprenticeship reopen in the autumn, does your training officer take on anyone of thirty-eight?",
    'My course ends in June; when a tenancy officer vacancy arises at Aber Llwchwr Homes, is it normally offered internally first, before the advert appears?',
    "Kenidjack's paid twelve-month placement for a landscape assistant closes on the 14th; given your seat on the hiring panel, what lifts an applicant from an unlikely background?",
    "Also, who dis the slippin fan the yard's short o hands, the foreman's ain squad or lads on paid shifts from ootside the toon?",
    "and whenever your clinic's after a saturday assistant, is it students the practice manager gives those shifts to?",
    'Oh, and should the clinic ever be stretched of a Saturday, who works those shifts, you or a locum?',
    'And fan the supply boats need an extra engineer over the winter refit, does your boss tak on casual shifts or use contractors?',
    // Held-out 49's: what decides the shortlist, whether whoever appoints insists on a degree, a
    // spot spotted on their website, who hires the paid labourers, hiring now "or wait" for the
    // intake.
    'Should your rehabilitation team advertise for a support worker in OT this spring, what decides who your service manager puts on the shortlist?',
    'When a trainee technologist vacancy arises in your development kitchen, does whoever appoints to it insist on a finished degree?',
    'I spotted on your website a year-long salaried QA trainee spot starting in March that turns permanent after.',
    'are the paid labourers on the Bradley dig hired by your boss or thru an agency?',
    'My last shift at the call centre is in late May; does your director hire trainee QSs in the summer, or wait for the September intake?',
    // Held-out 50's: who pays and how, how far into training, non-graduates, what applications have
    // in common.
    'Also when ground crew is thin on your weekend jobs, does the gaffer pay them, and is it cash or on the books?',
    'Oh n when your crew is wantin somebody to drive the kit van on a shoot, does your producer pay day wages or use folk from the crew?',
    'Should your agency ever look for a trainee to shadow its paid bookings, how far into training would that trainee be expected to be?',
    'I see the lab is hiring reporting staff; do they take non-graduates?',
    "Your company's six-month paid placement as a camera assistant opens next month; as you have a hand in choosing who goes, what do the series producer's favourite applications have in common?",
    // Held-out 51's: whether whoever leads an intake ever chooses someone, whether a lead takes
    // people still studying, who does the choosing; and how keenly the sender wants the place
    // asked of no one.
    'When Calder Weather takes on its trainee forecasters next autumn, does whoever leads that intake ever choose anyone past sixty?',
    'Should your clinic advertise an assistant psychologist role, does your lead take people still studying?',
    "And is there a site engineer's assistant taken on at your firm over the summer, and does your director do the choosing?",
    'I understand Wantsum takes on one heritage carpentry apprentice every spring; has the partner choosing that apprentice ever picked a fairground man of forty-five?',
    // Held-out 52's: whether a manager counts other work for anything; a CV enclosed and then a
    // question about their side alone.
    'When therapy assistants are recruited, does Ms Islam, your service manager, count shop work for anything?',
    'My CV I put with this email. Your company junior estimator, they must have UK degree, or the director accept HND from Nigeria?',
    // Held-out 53's: what a trainee would be doing, what a manager hopes to find, where a post
    // would go, "or engineers do all?", and a CV attached "purely so my past sits in plain view".
    "And if a trainee surveyor's wanted at your place this summer, what would they be doing in their first month?",
    'If ever your coding department recruits a trainee coder, what would your coding manager hope to find in a CV?',
    'Word reaches me the record office may take on a conservation assistant on a fixed-term contract next year; would that go to a trained conservator, or might Dr Price, your principal conservator, take a student?',
    'Please, river survey in your company, helper is needed, or engineers do all?',
    'The CV attached is purely so my past sits in plain view.',
    // Held-out 54's: whether a newly qualified nurse is ever considered, non-native whether a post
    // needs experience "or also people from MA is possible"; the same good word heard from no one.
    'When an occupational health nurse vacancy appears at Pennine Mills, is a newly qualified nurse ever seriously considered?',
    'Learning assistant in your museum need teaching experience, or also people from MA is possible for manager?',
    'Might Dr Mensah hear something favourable about the new training programme?',
    // Held-out 55's: employment solicitors, a field; what a partner would look for first.
    "Among North Devon's employment solicitors, you alone act mainly for workers, which is the side I hope to be on.",
    'Should Marsh and Dyke want a planning technician this summer, would Mrs Fenwick, the senior partner, look for drawing skills or planning law first?',
    'Please tell me your name.',
    // Held-out 56's: who hires, asked with no one's details in it.
    'if Barlow Fenn were ever willing to sponsor a trainee attorney, could Mr Dunmore, who hires the trainees, say what he looks for?',
    'I heard of the scheme from you, and it sounds a good one.',
    // Held-out 57's: whether a manager would consider a student, or trains new staff herself.
    'If the archive needs a paid cataloguer, would Mr Rose consider a student?',
    'And when the branch needs a relief library assistant for Saturdays, does your branch manager train them herself?',
    'When your library look for an assistant, do you remember the day you started?',
    // Held-out 58's: the sender's visa news, and "or is Mrs Shah… happy with the usual staff?".
    'October next year brings the end of my Graduate visa, and remaining after that would need a Skilled Worker sponsor.',
    'Is your team taking on temps in January for tax returns, or is Mrs Shah, your manager, happy with the usual staff?',
    'The papers give the town a glowing account of the festival.',
    // Held-out 70's: the visa the sender came on and when it lapses; whether their side takes
    // people of a kind; joining their team on a site for a whole day of survey.
    'The visa I came on after my degree lapses next June; after that only a sponsoring employer may employ me.',
    'Station need crew for summer, take people from Peru?',
    'May I join your crew on the Wash for a full sampling day, any date you choose?',
    // Held-out 71's: the visa that keeps the sender here; the application still to go in; a course
    // applied for; whether a paper is needed; why this contact, by phone.
    'The Student visa keeps me here until next July; after that, staying is possible only should a licensed sponsor take me on.',
    'The refinery opens its graduate intake in May, with my application going in on the first morning.',
    "I sort parcels at night and I'm applying for forensic science courses this year.",
    'When your bakery need helper, no UK certificate is okay?',
    'If clinic need assistant, manager want UK registration first?',
    "I'm ringing you because you look after the county's tithe maps, and those are the maps I'd love most to work with.",
    // Held-out 72's: the visa that remains valid; whom their side mostly hires; the sender's own
    // work ending, and so free from a month.
    'My Student visa remains valid until next March; after that, I could only remain if a licensed firm hired me.',
    'should your seed lab need a cleaning assistant, do they mostly hire new grads?',
    "the chippy shuts for its refit after easter n I'm leaving it, so from may I'm free.",
    // Held-out 73's: whether their side hires from outside, or hires locals; the sender's days open
    // from a month.
    'Should the surgery take on a receptionist, does Dr Patel, your practice manager, hire from outside?',
    'n whenever the crew needs extra hands on location, does your company hire locals for a paid day or two?',
    "a contractor takes over the canteen in july n I'm not signing with them, so come august my days are wide open.",
    // Held-out 74's: a visa that stops; a course the sender starts; the form the sender posts; an
    // apology for "an" unexpected letter.
    'My Graduate visa stops next March, and to stay past it I must find a licensed employer willing to sponsor me.',
    'In September I start a garden design foundation year at Bromley College, paid for from my savings and taken on my two free evenings a week.',
    'Harbour Assurance opens its trainee actuary scheme each September, and on that first morning I post my form.',
    'Please excuse an unheralded letter; its drafts fill a drawer, none of them right, and still I send it.',
    // Held-out 75's: a bare CV line in other words, then a question about their side that opens on
    // when they would need someone; a life before, "after another career"; whether their own
    // people do the work themselves.
    'My CV, please see attachment. If the bakery look for packer, manager need food hygiene paper, or Romanian course is counting also?',
    'CV is attach, please see. When your garage need new helper, owner ask licence, or experience with engines is enough?',
    'As nursing came to you after another career too, your advice would count for a lot.',
    'n whenever ur lab wants an extra body for sampling, do u hire one in or do technicians do that themselves?',
    // Held-out 76's: a kind of people considered or looked at, or named alone; a paper in the
    // singular; whether they have ever taken someone on; the sender's work ending, and so free.
    'If the unit should need somebody for its night runs, does Dr Hale consider the self-taught?',
    'And should the surgery want a receptionist, would your manager consider older starters?',
    'if ur studio takes an improver in autumn, wud they look at someone with no ticket?',
    'if the site needs another labourer, do they take lads with no CSCS card?',
    'If shop is needing helper, your manager want college paper?',
    'n have u ever taken a lad on to sweep the yard n learn?',
    'the café shuts for good end of june n after that im totally free n itching to start.',
    // Held-out 77's: a clause between the visa and how long it is good; staying that hangs on a
    // sponsor; things, not a person, kept in mind.
    'My Graduate visa, issued after my MSc, is good until next June; after that, Britain would keep me only if a licensed employer took me on.',
    'From then on, staying here hinges on some licensed sponsor choosing to employ me.',
    'Could you keep a few dates in mind for the call?',
    'I have a career change in mind, and I will keep your advice in mind.',
    'I know the thought might cross your mind that I am too old to start.',
    // Held-out 78's: a beginner taken, in the singular; how they train the ones they take; what
    // the post holder must be; tailing the contact round the work for days.
    'If the aviary need keeper helper, they take beginner?',
    'and if your ward ever needs extra porters for nights, do they train them on the job?',
    'If the parish should hire a paid youth worker, must the post holder be confirmed?',
    'Might I tail you round the print room for three whole days, in a week of your choosing?',
    // Held-out 79's: Graduate leave and a visa the sender's degree earned, ending; one person of a
    // kind taken; hired or sent out; help with a career and nothing more; a bare CV line before a
    // question about "workshop of you".
    'Next June my Graduate leave expires, and with it my right to work here unless a licensed employer sponsors me.',
    'The three-year visa my degree earned me ends next June; I stay only if a licensed firm hires me.',
    'And if garage of you need one more helper, boss take man without MOT certificate?',
    'n should your print shop need someone for binding, will the owner hire or send it out?',
    'Help for bird ringing career please',
    'In this email is also my CV attached. When workshop of you want person for sanding, owner need British paper, or Polish experience is also counting?',
    // Held-out 80's: their wisdom wanted; "the … visa" lapsing; whether there are ever paid days;
    // news of their side someone "mentions"; the kind of people someone of theirs wants, or wants
    // them to have; a scheme recommended.
    'crisps to coastguard?? need ur wisdom',
    'The Graduate visa runs out next spring; after that I stay only if a Home Office sponsor takes me on.',
    'are there ever paid weekends on your bird surveys?',
    'Dafydd also mentions that every autumn your service appoints a support officer to help the unpaid-work teams.',
    'also if the diabetes clinic hires a healthcare assistant for the fasting sessions, does Sister Khan, your lead, want urdu speakers?',
    'also if the hospital hires a porter for the night shifts, does Mr Kane, your lead, want forklift drivers?',
    'n if the riding school hires helpers, does Lorna want them to have their own boots?',
    'Would you recommend the trainee ranger scheme, or is it better to volunteer first?',
    // Held-out 81's: a CV line in non-native words before a question about their side; what someone
    // of theirs does with those taken on; whether they give anyone a paid trial; the sender learning
    // from the contact.
    'My CV also I attach in this email, please look. If workshop of your company need helper, boss ask certificate from UK, or Polish papers also okay?',
    'if the team takes on new guards this spring, does Mrs Obi your boss put them straight on the night gates?',
    'also when summer buries your kitchen in orders, does your boss give anyone a paid trial then?',
    'I want to learn about electric vans from you.',
    // Held-out 82's: questions how their side goes about a need it may have, after a condition on
    // it, with or without the comma; a job praised as the best there is; days of work beside their
    // team asked as a visit.
    "n if the studio's hiring a junior for the paint dept this year, are portfolios rated over cvs?",
    'If your roastery wants help, whom do you hire?',
    'If farm need picker in August, they take town people?',
    'if the pool needs a seasonal lifeguard do they ever take people without a badge?',
    'And should the arena need a rink manager for winter, does it promote from its own staff?',
    'u made it sound the best job going, hence u',
    'Might I work four days straight beside your crew, in a week you name?',
    // Held-out 83: days at their elbow asked as a visit.
    'Might I work at your elbow in the workshop for four whole working days, whichever week you name?',
  ])('does not flag %p', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('reports each phrase as an error with its field', () => {
    expect(checkJobLanguage('Are you hiring?', 'subject')).toEqual([
      {
        ruleId: 'ask.job-language',
        severity: 'error',
        message:
          '"Are you hiring" reads as asking for a job. Ask for their advice and experience instead; opportunities come later, from the relationship.',
        span: { start: 0, end: 14, field: 'subject' },
        sentence: { start: 0, end: 15, field: 'subject' },
        suggestion: {
          text: 'I would love to hear how you found your way into this work and what you would do in my place.',
          replaces: { start: 0, end: 15, field: 'subject' },
        },
      },
    ]);
  });

  it('points at the sentence of the ask, and rewrites it only when nothing else would be lost', () => {
    const text =
      'Dear Ms Ito, I loved your talk. Could you refer me to the hiring manager? Could we also talk for 20 minutes, and could you pass my CV to HR?';
    const [referral, cv] = checkJobLanguage(text, 'body');

    expect(text.slice(referral?.sentence?.start, referral?.sentence?.end)).toBe(
      'Could you refer me to the hiring manager?',
    );
    expect(referral?.suggestion?.text).toMatch(/anyone else you think I should talk to/);
    expect(text.slice(cv?.span?.start, cv?.span?.end)).toBe('pass my CV to HR');
    expect(cv?.suggestion).toBeUndefined();
  });
});
