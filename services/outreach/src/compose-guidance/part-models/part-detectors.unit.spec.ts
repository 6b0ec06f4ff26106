import {
  CONNECTION,
  FLEXIBILITY,
  SELF_INTRODUCTION,
  WHY_YOU,
  mentionsAny,
} from '../message-part-patterns';
import { DEFAULT_GUIDANCE_POLICY } from '../guidance-policy';
import { checkMessageParts } from '../message-parts.rules';
import { partFoundByModel, partModelThreshold } from './part-detectors';
import { candidateSentences, LEARNED_PARTS, sentenceThreshold } from './part-sentences';

describe('the learned part detectors', () => {
  // Since the fifth round every part has a model: split-grouped cross-validation found a
  // threshold for each at which its "missing" finding keeps precision ≥ 0.9, the sign-off's too.
  it('have thresholds chosen in (0, 1)', () => {
    for (const part of LEARNED_PARTS) {
      expect([part, partModelThreshold(part)]).toEqual([part, expect.any(Number)]);
      expect(partModelThreshold(part)).toBeGreaterThan(0);
      expect(partModelThreshold(part)).toBeLessThan(1);
    }
    expect(partFoundByModel('parts.sign-off', 'Kind regards,\nSam Rivera')).toBe(true);
  });

  it.each([
    ['parts.why-you', 'Your redesign of the city library is stunning.', WHY_YOU],
    ['parts.flexibility', 'Can we talk 10 minutes when you have time?', FLEXIBILITY],
  ] as const)('find %s in %p, which the patterns miss', (part, sentence, patterns) => {
    expect(mentionsAny(sentence, patterns)).toBe(false);
    expect(partFoundByModel(part, sentence)).toBe(true);
  });

  it.each([
    ['parts.connection', 'I am a final-year student at Leeds.'],
    ['parts.connection', 'Could we talk for 20 minutes?'],
    ['parts.connection', 'You told me your sister works in broadcast journalism.'],
    ['parts.why-you', 'You told me your sister works in broadcast journalism.'],
    ['parts.self-introduction', "Hi, I'm looking for a job in marketing."],
    ['parts.why-you', 'I am a final-year student at Leeds.'],
    ['parts.flexibility', 'Could we talk on Tuesday at 6pm?'],
    ['parts.flexibility', 'The job needs a lot of flexibility.'],
    ['parts.self-introduction', 'As a fellow Warwick alumnus, I would value your view.'],
    // Held-out 39 and 40: the sender's bare introduction is no connection.
    [
      'parts.connection',
      "hiya Jess, I'm Terry Gaskell, 51, fruit stall on Great Homer St since the 90s, doing sports therapy at night.",
    ],
    ['parts.connection', 'yo Kemi, Dwayne here, I work the counter at the bank on Brixton Road.'],
  ] as const)('do not find %s in %p', (part, sentence) => {
    expect(partFoundByModel(part, sentence)).toBe(false);
  });

  // Held-out 39 and 40: a bare introduction counts as the connection only when the detector is
  // sure of it; a sentence with the contact, a third party or a shared place in it keeps the
  // model's threshold, and so does every other part.
  it.each([
    ['parts.connection', "hiya Jess, I'm Terry Gaskell, fruit stall on Great Homer St.", 0.5],
    ['parts.connection', 'yo Kemi, Dwayne here, I work the counter at the bank.', 0.5],
    ['parts.connection', "hey Aditya, Vikram here, Ravi's 5-a-side mate.", 0.5],
    ['parts.connection', "it's Sam from the rowing club.", 0.05],
    ['parts.connection', "hiya Sue, it's Becca, we met at the fair.", 0.05],
    ['parts.why-you', 'yo Kemi, Dwayne here, I work the counter at the bank.', 0.05],
    // Held-out 49: no comma after the greeting, and the sender's own history.
    ['parts.connection', 'hiya Dawn its Becky Ainsworth, 20, lodge cleaner near Clitheroe', 0.5],
    [
      'parts.connection',
      'I have sprayed crops on farms across the Lincolnshire Wolds since I left school.',
      0.5,
    ],
    ['parts.connection', 'I have worked with your sister at the Wolds depot.', 0.05],
    // Held-out 60: two names before "here", and where the sender is from originally.
    [
      'parts.connection',
      'hiya Orla, Gemma Quinn here, 26, I work the bakery at the Newry supermarket.',
      0.5,
    ],
    [
      'parts.connection',
      "I'm Nikolai, 27, Corby lad from Plovdiv originally, six years on the egg farm at Weldon.",
      0.5,
    ],
    ['parts.connection', "it's Nikolai from the egg farm at Weldon.", 0.05],
  ] as const)('for %s reads %p at a threshold of at least %p', (part, sentence, threshold) => {
    expect(sentenceThreshold(part, sentence, 0.05)).toBe(threshold);
  });

  // Sixth round: meeting a deadline or many people is not meeting the contact, so the connection
  // detector reads the verb as "reached" there, and only there.
  it.each([
    // With the contact in the sentence, the deadline's clause is left out (held-out 29).
    ['We just met our deadline, thanks to your template.', 'We just  thanks to your template.'],
    ['I met many problems.', 'I reached many problems.'],
    ['We met at the Leeds careers fair.', 'We met at the Leeds careers fair.'],
    ['We met the first time at your talk.', 'We met the first time at your talk.'],
    ['I met you at the launch.', 'I met you at the launch.'],
  ])('read %p as %p for a connection', (sentence, read) => {
    expect(candidateSentences('parts.connection', sentence)).toEqual([read]);
  });

  // Twelfth round: a deadline or target met, with nothing of the contact in it, is not judged.
  it.each([
    ['Our dispensary hit its flu jab deadline today.', []],
    ['our studio met its deadline for the chapel competition last week.', []],
    ["Our studio group met it's October deadline for the Castle Park survey.", []],
    // With the contact in the sentence too, the deadline's clause is read without it (held-out 29).
    [
      'Our kitchen beat the spring-menu deadline at last, so I finally have time, and you made the same jump.',
      ['Our kitchen  so I finally have time, and you made the same jump.'],
    ],
    ['We met at your deadline workshop.', ['We met at your deadline workshop.']],
    // Held-out 30: a milestone is a target too; what made the sender write today is no connection.
    ['Our firm hit every milestone at Treliske this year.', []],
    // Held-out 52: coursework in before the deadline.
    [
      'me n my study group got our coursework in just before the deadline today so feeling brave lol.',
      [],
    ],
    // Held-out 59: the deadline met, said the other way round.
    ["alright Becky, Hedworth estate's all skimmed, deadline met at six this morning.", []],
    // Held-out 61: a job finished on deadline.
    ["we got the scaffold on Victoria Dock struck on deadline today n I'm finally sat down.", []],
    // Held-out 60: a report in with seconds left before the deadline.
    ['me n Jade just got our ECG lab report in wi 90 seconds left before the deadline.', []],
    ['just had my nails done at Glam Lab n thought id finally send this.', []],
    // Held-out 63: what the sender's own aunt thinks of the move; the contact's aunt is a link.
    ["my auntie Bernie reckons I'm mad leaving the round for birds lol.", []],
    [
      'your auntie Bernie is on my round n wrote your number on a parcel card.',
      ['your auntie Bernie is on my round n wrote your number on a parcel card.'],
    ],
    [
      'I saw your talk and thought I would finally write.',
      ['I saw your talk and thought I would finally write.'],
    ],
    // Held-out 66: all of a group who said something.
    [
      'I went to the fungus day at uni n every mycologist there said do a phd or forget it lol.',
      [],
    ],
    // Held-out 65: many people the sender met, with nothing of the contact.
    [
      'I met loads of food scientists at the uni open day n they all said shelf life is the way to go.',
      [],
    ],
    // Held-out 69: the sender's own people at something of their own, and what the sender watched;
    // with the contact in it, still judged.
    ['my granny and her pals play bridge on tuesdays and all they talk about is bird flu.', []],
    ['I watched a documentary about glaciers last year and it pulled me in.', []],
    [
      'my granny plays bridge with your mum on tuesdays.',
      ['my granny plays bridge with your mum on tuesdays.'],
    ],
    // Held-out 67: anyone's word on something else; someone's word that the sender may write is
    // still judged.
    ['On the canal walk the warden said nobody gets into hydrology without maths.', []],
    ['My tutor said a short email would be fine.', ['My tutor said a short email would be fine.']],
    // Held-out 70: the contact's own work told to them is no link; with who passed them on, judged.
    ['you work on seabird colonies, my thesis topic, hence this message.', []],
    [
      'you work with Dr Ellis, who gave me your number.',
      ['you work with Dr Ellis, who gave me your number.'],
    ],
    // Held-out 73: what the sender is after from the call.
    ["mostly I'm after what you wish someone had told you on day one.", []],
    // Held-out 78: a line of a CV set out under the message.
    ["2018 to now: porter's mate, Dock Road Freight, loading and lashing", []],
  ])('the connection detector judges %p as %p', (sentence, judged) => {
    expect(candidateSentences('parts.connection', sentence)).toEqual(judged);
  });

  // Ninth round: the contact's work that moved the sender is how they came to know of them.
  it.each([
    ['Your ARA paper on colliery records drew me to archives.', true],
    ['Your webinar on deposit disputes made me want to specialise.', true],
    ['Your study is the model I would like to follow.', false],
    ['Your team made me a coffee.', false],
    // Held-out 22: a talk the contact gave where the sender was.
    ['u did a session at my college 2 yrs back.', true],
    ['You come to the Sanctuary centre in November and speak for the teachers.', true],
    ['You did a session on budgets for the board.', false],
    // Held-out 23: the source named with commas, and an event the sender was at.
    ['My instructor, Darren Cole, says you plan routes at Harlow Freight.', true],
    ['You hosted a field visit to Glenmorrow Estate that I was on.', true],
    // Held-out 24: someone who worked with the contact, in the sender's life; writing the sender
    // read.
    ['Nadia Hussein, who cut patterns for you for six years, teaches my evening class.', true],
    [
      'Your piece on the Aerotec blog about fault-finding on older A320 wiring is the most useful thing I have read this year.',
      true,
    ],
    ['Nadia Hussein, who cut patterns for you for six years, now runs her own label.', false],
    // Held-out 25
    ["I came upon you as a contributor to the Fitzwilliam's guide to caring for lacquer.", true],
    // Held-out 26: what the contact's article argued, and a club shared, said with the name.
    [
      'Your RCSLT Bulletin article on communication needs in youth justice argued that many young people in custody have language difficulties.',
      true,
    ],
    ["oi Bruna! it's Lucas from capoeira, I deliver for Uber Eats.", true],
    ["It's Lucas from Manchester, I deliver for Uber Eats.", false],
    [
      'The RCSLT Bulletin argued that many young people in custody have language difficulties.',
      false,
    ],
    // Held-out 27
    ['I read what you write about OT after stroke in the trust newsletter.', true],
    // Writer bz: the club said with the name, the "it" dropped; a partner named.
    ['Hi Lucia, is Mateo from the Colombian football on sundays at Clapham.', true],
    ['Is Mateo from the Colombian football any good?', false],
    ["alright Jay its Jordan, Mel's other half.", true],
    // Held-out 29: an event of theirs the sender was part of, the "that" left out; their article
    // said in a non-native word order.
    ['You signed a library talk I went to, and you trained while working full time.', true],
    ['You gave evidence in a bat roost prosecution I investigated in 2020.', true],
    ['You signed the contract last week.', false],
    ['In Bristol Post was your article about Roman villa in Keynsham.', true],
    ['In Bristol the weather was bad.', false],
    // Held-out 30: a careers adviser the contact became is their work, not how the sender came.
    ['you went from paramedic to careers adviser n thats my plan too.', false],
    ['My careers adviser gave me your name.', true],
    // Held-out 31: the sender's round takes them to the contact's place; a mutual friend denied.
    ['I drop parcels at your yard in Pill!', true],
    ['I deliver to your surgery every Tuesday.', true],
    ['I drop the kids at school before work.', false],
    [
      "We've never met and I've no mutual friend to name, but you went from the shop floor to chartered engineer.",
      false,
    ],
    ['Our mutual friend Sam suggested I write.', true],
    // Held-out 32: non-native "I see you in" an event, not in a new light.
    ['I see you in the open day of the university, you tell you clean offices before.', true],
    ['I see you in a new light now.', false],
    // Held-out 33: what they told a group the sender was in, a job both worked, a kindness.
    ['You told our society in January that you were an auctioneer before curating.', true],
    ['You told my sister you were retiring.', false],
    ['I am the scaffolder on the Clifton chimney job where your team surveyed the stack.', true],
    ['You kindly answered my letter last year about the model of the SS Dara.', true],
    // Nineteenth round: where the contact came from is their path, not how the sender came to them.
    [
      'I understand you came to hearing therapy from the ambulance service, and I hope to do the same.',
      false,
    ],
    ['You came also from the platforms, so you know the change.', false],
    ['You came to our practice in January to run the training.', true],
    // Held-out 34: an article named by where it appeared, the sender as a friend or relative.
    ['Your article in Podiatry Now about change career after 40 is exactly my situation.', true],
    ['Your podcast on indie game audio is the reason I am learning Wwise.', false],
    // Held-out 54: the paper named before the piece.
    ['Your Courier piece on swapping the army for feet mirrors my own switch.', true],
    ['Your piece on swapping the army for feet mirrors my own switch.', false],
    ['Hello Almaz, I am Yonas, Meskerem friend, I sell vegetables at the market.', true],
    ["hey kuda its farai, tino's brother.", true],
    ['I am Yonas, a vegetable seller.', false],
    // Held-out 36: their writing as why the sender writes, and what the contact said at the door.
    [
      'Your article here on voice care for flight attendants is why I am writing to you in particular.',
      true,
    ],
    ['u said at the door u left teaching to do marine biology up at Portrush.', true],
    ['The door was open when I came past.', false],
    // Held-out 38: the sender brought something in their care to the contact's place.
    ['In March I bring hurt pigeon to your hospital.', true],
    ['In March I take my van to the garage for its MOT.', false],
    // Held-out 39: the way into their work is no visit.
    ['you came to survey work later in life, which is my plan too.', false],
    ['you came to our school last year.', true],
    // Held-out 41: the contact's family in the sender's life, the contact at the sender's school.
    ["Your mam's been in my chair for years.", true],
    ["I do your mom's poodle.", true],
    ['Your cousin Bev drinks in the Crown with my missus.', true],
    ['Your sister works in broadcasting, I hear.', false],
    // Held-out 43: the sender as someone's son.
    ["It's Gary Petrie, Moira's boy.", true],
    // Held-out 48: a tutor's list of consultants, but not a tutor's suggestion about something
    // else.
    ['My tutor Dr Reeve listed Midlands consultants; several are getting this note.', true],
    ['My tutor suggested I focus on screening.', false],
    // Held-out 45: seen on a programme.
    ['I see you on Look East about the seals.', true],
    ['I see you are on the east coast.', false],
    ['I see you work with the Reception children at my school.', true],
    ['I see you work at a school in Leeds.', false],
    // Held-out 61: a list that brought the contact to the sender's notice.
    ['The CIEH mentoring list brought you to my notice.', true],
    // Held-out 60, non-native: someone said the sender may write.
    ['Bogdan say I can write.', true],
    ['My tutor says I can write my dissertation on burnout.', false],
    // Held-out 66: the contact's kin and the sender's together.
    ['your da n my da fish off the pier at portpatrick every sunday.', true],
    ['My nan and your mum are on the same quiz team.', true],
    ['My dad and my mum both fish.', false],
    // Held-out 65: the sender's own path the contact took before them is no link.
    ['you did my exact degree then went into forensic tox at a private lab', false],
    ['you did my kitchen extension in 2019', true],
    // The general readings, before held-out 67: where the sender came across the contact, the
    // contact's details passed on, and someone in the sender's or the contact's life.
    ['Spotted your bakery on a local food blog last spring.', true],
    ['I read in the parish newsletter that you restore church clocks.', true],
    ['I would love to hear about your years in the coastguard.', false],
    ['Ms Okafor from my night class jotted down your number for me.', true],
    ['Your email I got from the allotment society noticeboard.', true],
    ['My neighbour Priti cycled the coast path with you last June.', true],
    ['My colleague once sat beside your deputy at a dinner.', false],
    ['You told my brother about the course.', false],
    ['Your niece Maisie teaches my daughter the fiddle.', true],
    ['Your brother builds boats, I gather.', false],
    // Held-out 74: non-native "give me number"; someone who named the contact, said last.
    ['Ruta give me number.', true],
    ['Dr Okafor named you.', true],
    // Held-out 79: what someone got from the contact, with words between; work on a thing of theirs.
    [
      'Dai Morgan, whose gates I have hung since he was a lad, says all he knows of forging came from you.',
      true,
    ],
    ['I wired the chapel at Llanbedr that your team restored last spring.', true],
    // Held-out 80: the contact's work on something of the sender's; not asked of them.
    ['Dear Mrs Obi, you inspect my kitchen at the Lagos Grill every year.', true],
    ['You weighed our catch at Brixham quay last autumn.', true],
    ['Could you check my CV before I send it?', false],
    // Held-out 83: someone named by title who sent the sender, ending the sentence.
    ['Mr Garrow of the lifeboat crew sent me.', true],
    ['Mr Garrow sent me a photo of your boat.', false],
  ])('the connection patterns read %p as a connection: %p', (sentence, found) => {
    expect(mentionsAny(sentence.replace(/\bu\b/, 'you'), CONNECTION)).toBe(found);
  });

  // Held-out 22: the offer of another moment on a call, and a list that allows.
  it.each([
    ['Would you have ten minutes now, or is there a better time I could call you back?', true],
    ['Or shall I ring back when you are less busy?', true],
    ['Could I call you back when you are less busy?', true],
    ['Could we speak for fifteen minutes, whenever your clinic list allows?', true],
    ['Could we speak on Tuesday at 3pm? It is a better time for me.', false],
    ['20 mins on the phone some night? ur call which one.', true],
    ['Thanks for your call which was so helpful.', false],
    // Held-out 24
    ['Any time in the next month would work, and I can move lectures if need be.', true],
    ['Your caseload comes first, and any weekday can work for me.', true],
    ['Would you have 20 minutes? Whichever day is least trouble for you would suit me.', true],
    ["I'm off Wednesdays and Sundays but can swap if those don't suit.", true],
    ['I phone you Sunday at 7 in the evening.', false],
    ['Any day now I will do my driving test.', false],
    // Held-out 26: the contact decides the day; one slot offered after "flexible working" is none.
    ['Can you speak with me on phone sometime, in a day you decide?', true],
    [
      'Ollie mentioned your firm does flexible working, so hopefully Thursday 6th at 4pm works for you?',
      false,
    ],
    ['Would Thursday 6th work for you, or whichever day suits you better?', true],
    // Writer bz: one hour offered, with no "pm".
    ['A 15-minute call? Hopefully Tuesday at 5 works for you?', false],
    // Held-out 29.
    [
      'Would you spare twenty minutes for a call, at whatever hour gives you the least bother?',
      true,
    ],
    // Writer pb, after the sixteenth round's retrain.
    ['Maybe we talk 20 minutes by phone? When you want is ok.', true],
    ['When you want a call is up to you, but Tuesday at 3 is my only slot.', false],
    // Held-out 33
    ['could we have 15 mins on the phone on one of ur days off?', true],
    [
      'You have maybe 15 minutes for me one day? You choose the moment, for me is no problem.',
      true,
    ],
    ['I spent one of my days off at the museum.', false],
    // Held-out 34
    ['Might I ring you for fifteen minutes, on whatever day is handiest?', true],
    ['Whatever the day, I am at the market by six.', false],
    // Held-out 35: flexible about where the sender will work is no offer.
    ['I am flexible to work in any court in Midlands after exam.', false],
    ['I am flexible, any day you like.', true],
    // Held-out 36: "at your time" is the contact's choice; flexible about a class or a place is
    // not.
    ['A call of 20 minutes, at your time?', true],
    ['For class I am flexible, adults or kids.', false],
    ['Where to dig, any region, I am flexible.', false],
    ['For you I am flexible.', true],
    // Held-out 37: Malaysian English.
    ['Can call you 15 min? Anytime also can.', true],
    ['Also can call you 15 min?', false],
    // …and flexible about which airport is no offer either, but any day is.
    ['Any airport for training is fine, I am very flexible on that.', false],
    ['Any day is fine, I am very flexible on that.', true],
    // Held-out 38: flexible "course wise".
    ["course wise I'm flexible, part or full time", false],
    // Held-out 40: flexible between two ways of study, but not between two times.
    ["I'm flexible on bootcamp vs self-taught btw.", false],
    ["I'm flexible on mornings or evenings.", true],
    // Held-out 44: flexible about a kind of thing, but not about days.
    ["I'm flexible about agencies but a call would have to be wed 8pm", false],
    ["I'm flexible about days, any week suits.", true],
    // Held-out 45: a day the contact names.
    ['Might we speak twenty minutes by phone, whatever day you name?', true],
    // Held-out 46: an evening the contact has free, the day they like best; flexible about the
    // university is no offer.
    ['Please, 20 minutes of phone talk, one evening you have free?', true],
    ['From you I need thirty minutes only, by phone, which day you like best?', true],
    ['One evening I have free is Friday.', false],
    ["I'm flexible on uni choice but fri at 1 is all I can do", false],
    // Held-out 48: a time the contact nominates or cares to name, a day of their wish, "Name a
    // day".
    ['Could you lend me twenty minutes over a video link, at a time you nominate?', true],
    ['Could we sit together for an hour, on any date you care to name?', true],
    ['Can you find 20 minutes for telephone, day of your wish?', true],
    ["Name a day, I'll turn up with bells on.", true],
    ['The day of your talk was a wish come true.', false],
    ['im flexible re: which city but thurs 7 is my only gap', false],
    // Held-out 49
    ['Maybe one day we sit together, what day you decide?', true],
    // Held-out 50
    ['Might I come, on a day and hour that please you?', true],
    ['Might I come, on whichever date you find least disruptive?', true],
    // Held-out 51
    ["Might I sit in one whole hour, on whatever day you'd suggest?", true],
    ['might you spare fifteen minutes, at the date and time you suggest?', true],
    ['The date you suggested for the open day has passed.', false],
    // Held-out 53
    ['Lunch would be my treat, the date being yours to choose?', true],
    // Held-out 57
    ['Could I spend one entire day by your side, the date being your choice?', true],
    // Held-out 58
    ['might I phone, twenty minutes, on an evening you select?', true],
    ['Maybe I come one full morning to watch your clinic, on day you wish?', true],
    ['I select the evening course.', false],
    // Held-out 59
    ['Could I borrow twenty minutes, phone or video, at a date left to you?', true],
    ['Might I take a whole lunch hour of yours, whichever date you settle on?', true],
    // Forty-third round: whenever, as a sentence of its own.
    ['20 min chat? whenevs.', true],
    ['Whenever I call, the line is busy.', false],
    // Held-out 61
    ['Could I sit at your elbow in the Marina office, the date entirely yours?', true],
    // Held-out 60
    ['might fifteen minutes by telephone be spared, on a free day of yours?', true],
    ['Might I borrow fifteen minutes from your week, the day to be yours?', true],
    ['I spent a free day of mine at the archive.', false],
    // Held-out 54
    ['Please, some conversation on telephone, which date, you say?', true],
    // Held-out 55
    ['Fix the date and hour yourself; my shifts move easily.', true],
    ['Would one entire working day beside you be possible, you choosing the date?', true],
    ['I fixed the date myself.', false],
    // Held-out 52
    ['might I ask for a fifteen-minute call, on a date of your naming?', true],
    ['I was hoping to sit in at your studio, on a date to suit you?', true],
    ["I would value twenty minutes' conversation by phone, timed however suits you.", true],
    // Forty-eighth round: the contact choosing when, read in general, in wordings no list names.
    ['Twenty minutes by phone, any evening at all that you would care to pick?', true],
    ['fifteen mins on the phone, the hour and day totally ur call', true],
    ['A short call, at a moment of the week that pleases you?', true],
    ['Could we talk for twenty minutes, at an hour you would prefer?', true],
    ['A call one weekday evening, the exact evening left entirely up to you?', true],
    // …but not a request that the contact speak for the sender, nor a start date.
    [
      'If the trust need someone this winter, from November I have free time, maybe you say the head warden about me?',
      false,
    ],
    ['I can start on whatever date your manager suggests.', false],
    ['The day you chose for the open evening was a Monday. I fixed it. You were right.', false],
    // Held-out 68: a time they find easiest; the contact saying something of the sender to the boss.
    ['Could we talk for twenty minutes one evening, at an hour you find easiest?', true],
    ['if the weekends get short of hands could you say I am keen to your manager?', false],
    // Held-out 70: suiting something of theirs, a time they can be spared for, their diary with room
    // or setting the time.
    ['Could we speak for twenty minutes, at whatever hour suits your rota?', true],
    ['Might I ring for fifteen minutes, one evening the ward can spare you?', true],
    ['Would twenty minutes by phone be possible, whenever your diary has room?', true],
    ['Twenty minutes on the phone, your calendar setting the date, would be a gift.', true],
    ['Could we speak on Tuesday at four, if that suits your manager?', false],
    // Held-out 71: a gap opening in their week.
    ['Could we talk for fifteen minutes, whenever a gap opens in your week?', true],
    // Held-out 72: another day beside the one named; a date they could bear.
    ['Could ten minutes be spared, this week or another week, for your story?', true],
    ['Might I ring for twenty minutes, on whatever date you could bear?', true],
    // Held-out 74: on their own timing.
    ['Could we talk for fifteen minutes, on your own timing?', true],
    // Held-out 75: at their leisure.
    ['One twenty-minute call, at your leisure?', true],
    // Held-out 78: the date left "entirely" to the contact.
    ['Could we speak for twenty minutes by phone, the day left wholly to you?', true],
    // Held-out 79: another time offered if easier for them.
    ['Might I borrow fifteen minutes tonight, or another evening if easier?', true],
    // Held-out 80: the evening or night the contact chooses; a quiet week of theirs; weeks that
    // least disrupt them; an evening their rota leaves spare.
    ['Could we talk for twenty minutes one evening, choosing the evening yourself?', true],
    ['A short call some night next week, you choosing the night?', true],
    ['Would fifteen minutes by phone suit, in a quiet week of yours?', true],
    ['Might I visit your studio for three days, in whichever weeks would least disrupt it?', true],
    ['Twenty minutes by phone, once your shift rota leaves an evening free, would help.', true],
    ['Your rota leaves a week of nights, I hear.', false],
    // Held-out 81: the week their side is calmest; non-native "Each day okay."
    ['Could we speak for twenty minutes, in whatever week the workshop is quietest?', true],
    ['Maybe talk sometime? Each evening okay.', true],
    // Held-out 82: a week the contact names or picks.
    ['Could we speak for fifteen minutes by phone, in a week you pick?', true],
    ['Might I ring for twenty minutes, in a week you name?', true],
    // Held-out 83: an evening of their picking, whenever they please, which evening is good, a day
    // chosen by them, weekday or weekend.
    ['Might I telephone one evening of your picking and keep you twenty minutes?', true],
    ['Could you grant twenty telephone minutes, whenever you please?', true],
    ['Maybe phone talk, fifteen minute only, which evening is good?', true],
    ['Would you give twenty minutes of one of your days, chosen by you?', true],
    ['may I telephone you, twenty minutes, weekday or weekend?', true],
    ['Maybe phone talk some time, which evening?', false],
  ])('the flexibility patterns read %p as an offer: %p', (sentence, found) => {
    expect(mentionsAny(sentence, FLEXIBILITY)).toBe(found);
  });

  // Held-out 25–26: rarity, a path at the sender's own age, and the contact's work that started
  // the sender off are reasons; the same facts with nothing of the sender's are not.
  it.each([
    ['In London I know no other Eritrean midwife, so I hoped you might advise me.', true],
    ['You moved from bank operations into analytics at fifty, my own age.', true],
    ["I've read all your court reports in the Echo this year, they got me into reporting.", true],
    ['I know many midwives in London.', false],
    ['My parents got me into reporting when I was twelve.', false],
    // Held-out 30: what someone says of the contact is a reason, their job title alone is not.
    ["She says you're a horticultural therapist at Glasgow Botanic Gardens now.", false],
    ["She says you're a great listener.", true],
    // Held-out 32: the contact's start told as the sender's own.
    ['you tell you clean offices before radiography, like me.', true],
    ['You work in radiography, like me.', false],
    // Held-out 33
    [
      "Auntie Grace says you were our congregation's first midwife, so I hoped for your advice.",
      true,
    ],
    // Held-out 35: what the contact did as what moved the sender.
    [
      'He told me you sat your first papers while working nights at a call centre, which gave me hope.',
      true,
    ],
    ['so seeing you do it for real got me writing.', true],
    // Held-out 38: the contact's path from other work, and "hence my note".
    [
      'Father Christos gave me your number; you teach at HMP Pentonville after years as a school porter.',
      true,
    ],
    ['said you drove tankers before founding Weaver Tree Care, hence my note to you.', true],
    ["he says u write for a cabinet minister n started on his dad's shop leaflets.", true],
    ['You teach at HMP Pentonville.', false],
    // Held-out 39
    ['I see you also start with small job in UK before become security analyst.', true],
    ['so you were first on my list.', true],
    ['Your lab has position for assistant?', false],
    ['Your lab work on bone is the reason.', true],
    // Held-out 40: the contact preferred to other sources.
    ['From him I learn you are interpreter, so I prefer learn from you, not from internet.', true],
    ['I prefer learning online.', false],
    // Held-out 41: grown up where the sender did.
    ['I see you work at the school, and you grow up a Handsworth like me.', true],
    ['You grew up in Handsworth.', false],
    // Held-out 42: what the contact did, the sender's dream.
    ['U stage-managed panto at the Sands, my dream gig one day.', true],
    ['My dream gig is panto at the Sands.', false],
    // Held-out 43: since the contact runs something.
    ['Since you run the ground team on the Crossrail shafts, might I have 20 minutes?', true],
    ['Since you are busy, might I have 20 minutes?', false],
    // Held-out 44: what impressed the sender, and the work the sender longs to do.
    [
      'We spoke at the Market Walk consultation, where your plans for the empty units impressed me more than anything I had seen.',
      true,
    ],
    ['Your email impressed on me the need to write.', false],
    [
      'You spoke at the Highfields Centre about interpreting for refugees; it was precisely the work I long to do.',
      true,
    ],
    ['The Highfields Centre is where I work.', false],
    // Held-out 48: "so I ask you", what the sender aims to do.
    ['English is second language for you also, so I ask you.', true],
    ['So I ask you to forgive the short note.', false],
    ['Your offshore manuals are just what I aim to translate.', true],
    // Held-out 50
    ['You sign for Chinese deaf family, so I write you.', true],
    // Held-out 54: the asking alone after the reason, and a late change like the sender's.
    ['You study Wash birds many years, so I ask.', true],
    ['So I ask about the fee.', false],
    ['You retrained at fifty too; could you bear a twenty-minute chat?', true],
    ['You retrained at fifty.', false],
    // Held-out 55: the one person there who had done it too.
    ['you were the one person there who had started outside engineering.', true],
    ['You were the one who answered the phone.', false],
    // Held-out 57
    ['Having moved from a control room into probation yourself, you seemed the one to ask.', true],
    ['your archive talk made you my first choice.', true],
    ['shop work to analyst at a big firm, my plan too.', true],
    ['My plan is to start in May.', false],
    // Held-out 56
    [
      'You mentioned starting out drilling boreholes, a world not far from mine, hence my hope that you in particular might advise me.',
      true,
    ],
    // Held-out 45: the contact chosen in so many words, a late start like the sender's.
    ['You fit hearing aid for my father last year, so I choose you for asking.', true],
    ['I choose the evening course.', false],
    ['You came to forestry late too; could you spare me twenty minutes?', true],
    ['You came to the forestry open day.', false],
    ['Since you came into planning from the transport side yourself, might we talk?', true],
    ['I started on the tills after years of nights.', false],
    // Held-out 36: what the sender shares with the contact's work.
    ['Mrs Yip suggested I write, as your survey uses small boats like mine.', true],
    ['Your survey uses small boats.', false],
    ['The night shifts gave me hope of saving for the course.', false],
    ['Seeing the price of the course got me worried.', false],
    // Held-out 61: the contact as the sender's hero.
    ['bakery to bee farm at 40, ur my hero lol.', true],
    ['My hero is my nan.', false],
    // Held-out 66: why the contact's name came first.
    ['that mix of practice and study is why your name came first.', true],
    ['I asked why your name came up in the minutes.', false],
    // The general readings, before held-out 67: the contact's path or likeness, with the sender's
    // own aim in the sentence; the path alone, or a job held in common, is no reason.
    [
      'You moved from bus driving into transport planning, and I hope to make that move next year.',
      true,
    ],
    ['You moved from bus driving into transport planning in 2015.', false],
    ['You are a Latvian engineer who retrained late, like me.', true],
    ['You work in forestry, like me.', false],
    // Held-out 68: the contact's work that caught the sender.
    ['Your radio series on comets hooked me.', true],
    ['Your radio series on comets is on tonight.', false],
    // Held-out 71: what the contact knows best; knowing them is no reason.
    ['Tutor Ms Bell gave your name; you know peat soils best.', true],
    ['you know my cousin Ama from church.', false],
    // Held-out 73: the post the profile gives is no reason; the contact's post with a reason is one.
    ['Going by your profile, your post is senior audiologist with the county health board.', false],
    // Held-out 75: the contact alone among those the sender knows.
    ['no other vet nurse i know started out on a dairy farm lol.', true],
    ['No other nurse worked that ward in August.', false],
    // Held-out 77: the sender's own choice of the contact, and why.
    ['I chose to ring you, since your studio restored the old mill.', true],
    ['I chose to ring the office first.', false],
    // Held-out 79: how long they have worked somewhere, after a title read off a profile.
    [
      'LinkedIn lists your post as lead ecologist at a consultancy, where you have worked since 2016.',
      false,
    ],
    // Held-out 80: the work the sender hopes for.
    ['You restore church organs, my hoped-for trade.', true],
    ['You restore church organs, my hobby.', false],
    // Held-out 82: what the contact did, then "so I…"; their path as the sender's dream.
    [
      "You re-leaded the chapel windows at Saltash, so I'd value twenty minutes on the phone.",
      true,
    ],
    ['head groundsman at twenty-six n thats the dream for me, so could I grab 15 mins?', true],
    ['You re-leaded the chapel windows at Saltash last year.', false],
    // Held-out 83: something of theirs that brought the sender to them.
    ['Your harbour-wall surveys brought me here.', true],
    ['Your Tyne charts make me write.', true],
    ['Your harbour-wall surveys are in the museum.', false],
  ])('the why-you patterns read %p as a reason: %p', (sentence, found) => {
    expect(mentionsAny(sentence, WHY_YOU)).toBe(found);
  });

  // Held-out 22: a fact someone passed on, with nothing of the sender's in it, is no reason.
  it.each([
    ['Ben tells me you are now head nurse at Chaddesden Veterinary Hospital.', []],
    ['She says you run grounds for the council.', []],
    ['your mate Rhys from my gym says you plan routes for Bettaway.', []],
    [
      'He told me you also came from abroad, so you know this road.',
      ['He told me you also came from abroad, so you know this road.'],
    ],
    [
      'Ben tells me you built the unit, which is the work I want to do.',
      ['Ben tells me you built the unit, which is the work I want to do.'],
    ],
    // Held-out 30: a job title the sender has found out, and no more.
    ['I see that you are a subject librarian at the University of Glasgow.', []],
    [
      'I see that you are a subject librarian, which is the work I hope to do.',
      ['I see that you are a subject librarian, which is the work I hope to do.'],
    ],
    // Held-out 36: the title with its article dropped, but not what the contact is doing.
    ['I know that you are speech and language therapist in a hospital in Motherwell.', []],
    [
      'I saw you are working in clinical trials since many years.',
      ['I saw you are working in clinical trials since many years.'],
    ],
    // Nineteenth round: a request sent round to many says the contact was not chosen.
    [
      'Your garden is in the booklet, where I first read of it. This letter goes to the other gardeners listed there too.',
      [],
    ],
    ['I am writing to several people in public health. Your work on screening inspired me.', []],
    // Held-out 39
    ['Your article about phishing found me. I send this same email to many security people.', []],
    [
      'I saw you were speaking at the conference. This same message is going to several people in the field.',
      [],
    ],
    [
      'Your work on screening inspired me. I am writing to you first.',
      ['Your work on screening inspired me.', 'I am writing to you first.'],
    ],
    // Held-out 37: a question which of two ways the contact went asks for their story.
    ['You also start like this, or by university?', []],
    ['Did you start as a runner too?', ['Did you start as a runner too?']],
    // Held-out 40: the title a profile gives, and no more.
    ['Your headline says senior justice social worker, Renfrewshire.', []],
    [
      'Your headline says senior justice social worker, which is the work I want.',
      ['Your headline says senior justice social worker, which is the work I want.'],
    ],
    // Held-out 51: the contact's listing, and no more.
    ['You are listed as a senior meteorologist at Lough Weather.', []],
    // Held-out 52
    ['You are listed there as a senior hydrologist with Kelvin Water Consultants.', []],
    // Held-out 54
    ['The directory gives your role as lead pharmacist at Chadderton General Hospital.', []],
    ['Your title is lead naval architect at Wash Hull Design.', []],
    // Held-out 59: a title seen "from here".
    ['I see from here that you are senior woodland officer on a Surrey estate.', []],
    // Held-out 60: what the profile states; where the sender found the contact, and what they did
    // there.
    ['Your profile states your title as senior biomedical scientist, Gwent pathology service.', []],
    [
      'I found you through the Gwent science festival programme, where you ran the blood-typing stall my son loved.',
      [],
    ],
    [
      'I found you through what you wrote about retraining at forty, which is my plan to the letter.',
      [
        'I found you through what you wrote about retraining at forty, which is my plan to the letter.',
      ],
    ],
    [
      'You are listed as a senior meteorologist, which is the work I want.',
      ['You are listed as a senior meteorologist, which is the work I want.'],
    ],
    // Held-out 66: the contact's role told to them, and no more.
    ['You work as principal hygienist at Colne Valley Occupational Health.', []],
    [
      'You work as principal hygienist at Colne Valley, which is where I hope to end up.',
      ['You work as principal hygienist at Colne Valley, which is where I hope to end up.'],
    ],
    // Held-out 68: the title with where it is held; where the contact's name came from.
    ['Your title at Harbour Analytics in Leith is senior statistician.', []],
    ['Your name came from Mrs Coutts, who sang in the choir with me.', []],
    [
      'Your title at Harbour Analytics is senior statistician, which is where I hope to be.',
      ['Your title at Harbour Analytics is senior statistician, which is where I hope to be.'],
    ],
    // Held-out 65: a title noted, and no more.
    ['I note that you are lead epidemiologist at the Southwark health data unit.', []],
    // Held-out 67: the role told to them with a hedge; a rarity, or the sender joined on, is still
    // judged.
    ['You are chief archivist of the Fenland Film Collection, I understand.', []],
    ['As I understand it, you work as head of survey at the Solway Hydrographic Office.', []],
    [
      "you're the only horologist I know at a national museum.",
      ["you're the only horologist I know at a national museum."],
    ],
    [
      'You are head of survey at the Solway office and came up the same way as me.',
      ['You are head of survey at the Solway office and came up the same way as me.'],
    ],
    // Held-out 70: the hedge after the verb; where and when the two met, and no more.
    ['You work, I gather, as a survey officer with the county council.', []],
    // Held-out 71: "I see from your profile" as the hedge.
    ['You are, I see from your profile, a senior hydrologist with the river trust.', []],
    // Held-out 73: the post the profile gives, after "Going by your profile".
    ['Going by your profile, your post is senior audiologist with the county health board.', []],
    // Held-out 80: the title a site or directory gives them.
    ['On this site your role is given as principal planner, Kent, since 2019.', []],
    ['In the register you appear as chartered surveyor, Hull.', []],
    // Held-out 81: the title as LinkedIn gives it.
    [
      'According to LinkedIn you are lead guide at the Solway aquarium since 2019, after some years teaching biology.',
      [],
    ],
    // Held-out 82: the profile named between the post and what it is; what of theirs was how the
    // sender came upon them, and no more.
    ['Your post, your profile says, is senior ranger with the Exmoor estate.', []],
    // Held-out 83: the page that names them as their title.
    ['Your LinkedIn page names you as senior audiologist at a Dorset hospital, since 2016.', []],
    ["Your listing in the acoustics society's members' directory is how I came upon you.", []],
    [
      'Your talk at the Exeter careers fair is how I found you; sound design is where I hope to go.',
      [
        'Your talk at the Exeter careers fair is how I found you; sound design is where I hope to go.',
      ],
    ],
    // Held-out 74: any fact of theirs with the hedge after its first verb.
    ['You hold, I note, a fellowship of the institute and run pricing at a Leeds insurer.', []],
    ['We met at the Oban marine science open day in June, after your talk on kelp.', []],
    [
      'We met at the Oban open day, where you told me you started as a deckhand too.',
      ['We met at the Oban open day, where you told me you started as a deckhand too.'],
    ],
  ])('the why-you detector judges %p as %p', (sentence, judged) => {
    expect(candidateSentences('parts.why-you', sentence)).toEqual(judged);
  });

  // Held-out 32: one day and hour the sender names, with no other offered, is not judged as an
  // offer to fit around the contact.
  it.each([
    ['Would Thursday 19th at 2.30pm be convenient?', []],
    ['Shall we say Monday at 10am?', []],
    [
      'Would Thursday 19th at 2.30pm be convenient, or another day?',
      ['Would Thursday 19th at 2.30pm be convenient, or another day?'],
    ],
    ['Any Thursday after 4pm suits me.', ['Any Thursday after 4pm suits me.']],
    // Held-out 34: a texted day and hour, after flexibility about something else.
    ["I'm flexible on which college but thurs at 7 suits me.", []],
    [
      "I'm flexible on which day, but thurs at 7 suits me best.",
      ["I'm flexible on which day, but thurs at 7 suits me best."],
    ],
    // Held-out 36: flexible about something other than when.
    ['Where to dig, any region, I am flexible.', []],
    ['For class I am flexible, adults or kids.', []],
    // Held-out 37
    ['Any airport for training is fine, I am very flexible on that.', []],
    ['Any evening is fine, I am flexible.', ['Any evening is fine, I am flexible.']],
    ["course wise I'm flexible, part or full time", []],
    // Held-out 40: the times of a course, a choice between two things, and a question about a post
    // with nothing of time or convenience in it.
    ['Course times, day or night, flexible for me.', []],
    ['Call times, day or night, flexible for me.', ['Call times, day or night, flexible for me.']],
    ["I'm flexible on bootcamp vs self-taught btw.", []],
    [
      'When the OH administrator post is advertised, will your service lead want a health background?',
      [],
    ],
    [
      'When the post is advertised, could we talk whenever suits you?',
      ['When the post is advertised, could we talk whenever suits you?'],
    ],
    // Held-out 46
    ["I'm flexible on uni choice but fri at 1 is all I can do", []],
    // Held-out 48: flexible working agreed for someone else, and "any" before something other than
    // a time.
    [
      'I have just agreed flexible working for my one employee, which leaves me free only on Thursday 23 October, at 5.30pm.',
      [],
    ],
    ['Any thoughts, however brief, would help enormously.', []],
    ['Any Sunday you like, your pick.', ['Any Sunday you like, your pick.']],
    // Held-out 49: the one slot the sender has.
    ['any uni will do me but tues at 6 is my only slot', []],
    // Held-out 50
    [
      'The mill has just signed off flexible working hours, yet Tuesday 10 June, 4pm, is still the one free hour I have.',
      [],
    ],
  ])('the flexibility detector judges %p as %p', (sentence, judged) => {
    expect(candidateSentences('parts.flexibility', sentence)).toEqual(judged);
  });

  // Held-out 36: what someone said of the contact is not who the sender is.
  it.each([
    [
      'she said you went from doing lashes to radiography at Leicester Royal which is literally my plan.',
      [],
    ],
    [
      'Hibo said you went into radiography, and I am a lash technician in Leicester.',
      ['Hibo said you went into radiography, and I am a lash technician in Leicester.'],
    ],
    // Held-out 58: what someone said of their work, with what the sender is after.
    [
      'She says your evening classes in Ramsey have carried grown men to reading bedtime stories, which is precisely the work I am after.',
      [],
    ],
    // Held-out 43: what the message is, not who the sender is.
    ['This is a cold email, I am afraid, on the subject of optometry.', []],
    [
      'This is a short note, I am a butcher in Inverness.',
      ['This is a short note, I am a butcher in Inverness.'],
    ],
  ])('the self-introduction detector judges %p as %p', (sentence, judged) => {
    expect(candidateSentences('parts.self-introduction', sentence)).toEqual(judged);
  });

  // Held-out 30: a name with no verb, a Scots "fae", a full stop after the name.
  it.each([
    [
      'Hiya Gordon,\nCraig Docherty, 41, plumber in Paisley and halfway through a B1 licence.',
      true,
    ],
    ['Hi Marco, we met at the Milan Design Week afterparty!', false],
    ['Kind regards, Piran Jenkin', false],
    ['hiya Elowen, Morwenna fae the Co-op tills in Redruth, ur nan Jean gave me ur number.', true],
    ['Hi Jo, Sarah from the bakery suggested I write to you.', false],
    ["Dear Mr Gallagher, I'm Yousif Ibrahim. We spoke at the Portsmouth fair.", true],
    ["I'm Happy to talk whenever suits.", false],
    // Held-out 33: the work named with a comma before what the sender is doing now.
    ['Hello Priya, I am still an estate agent, now teaching myself testing.', true],
    // Held-out 34: a lower-case name from a place with an owner's name.
    ["hi bernie\nits kayleigh from doran's flowers on county road.", true],
    // Held-out 35: the name and trade just after the greeting.
    ['Alreet Jack, Davey Bell, roofer from Hexham.', true],
    ['Alreet Jack, Davey Bell, your old foreman from Hexham, gave me your name.', false],
    // Held-out 47: after the contact's name alone.
    ['Huw, Gethin Mathias, Haverfordwest removals, on a physio access course.', true],
    ['Huw, Gethin Mathias, your old teammate, passed on your number.', false],
    // Held-out 51: the trade's place after "up".
    ['hiya Morven, Calum Stewart, 41, dyker up Glen Nevis, starting marine conservation', true],
    // Held-out 56: a title before the contact's name, the place in capitals.
    ['Evening Mrs Kidd, Graham Lyall, PRI porter and dietetics student.', true],
    ['Evening Mrs Kidd, Graham Lyall, who you taught, says hello.', false],
    // Held-out 57: a title and the contact's name alone, a two-word place.
    ['Mrs Grant, Donald Rankin, Fort William chauffeur studying library work.', true],
    ['hiya Morven, Calum Stewart, 41, up Glen Nevis, says drop you a line', false],
    // Held-out 65: after a title, from a place named alone, then the sender's work.
    ['Hi Dr Joseph, Reshma from Thrissur, hotel night porter, MSc toxicology.', true],
    ['Hi Dr Joseph, Tony from Thrissur, your brother, gave me your number.', false],
    // Held-out 37: someone else named on a line of their own, with a title or doing something.
    [
      'Dear Dr Rendall,\n\nDr Mowat, a curator at the Shetland Museum, kindly gave me your address.',
      false,
    ],
    ['Dear Dr Rendall,\n\nMairi Mowat, a curator at Lerwick, gave me your address.', false],
    ['Dear Dr Rendall,\n\nIngrid Jamieson, a porter at Gilbert Bain Hospital.', true],
    // Held-out 39: the place before the trade, nothing after it.
    [
      'Alreet Craig, Darren Milburn, Wallsend brickie studying conservation. Wor Nicola from your pottery class put us onto you.',
      true,
    ],
    ['alright Jory, Ben Nance, Camborne brickie, I know u thru Kev at rugby.', true],
    ['Hi Jo, Sarah Smith, my tutor, suggested I write.', false],
    // Held-out 36: studying or working in a clause about something else.
    ['could your department find a HCA slot for me while I study?', false],
    ['If your boat need deckhand in summer, I work for small money.', false],
    ['I work for a bakery in Luton.', true],
    ['I study archaeology part time.', true],
    // Held-out 41: Indian English "myself" before the name.
    ['Sat Sri Akal ji, myself Kuldeep Kaur, 45, running beauty salon in Southall.', true],
    ['I taught myself Python.', false],
    // Held-out 69: after the greeting, someone else from a place, who handed the number on.
    ['hi Gemma, Iona from the leisure centre handed me this number.', false],
    ['hi Gemma, Shona from the leisure centre here.', true],
    // Held-out 75: the course the sender finished, in a sentence about someone else.
    ['Mr Hale, who taught the night course I finished in May, passed on your address.', false],
    // Held-out 77: someone of the contact's, named at the start of a line.
    ['Elaine Tetney, your cousin, handed me your address in July.', false],
    // Held-out 79: someone described by a "who" at the start of a line.
    ['Bhai Harjit, who leads our choir, bought his harmonium from your shop.', false],
    // Held-out 81: the name, then "writing".
    ['Dear Mr Louttit,\nMorag Flett writing: fifty, and twenty years behind a fish counter.', true],
    // Held-out 83: a lower-case name and the sender's age in a text.
    ['hi ailsa its ruairidh maclean, 22, i juggle on the high st for coins.', true],
    ['hi ailsa its raining, i juggle on the high st for coins.', false],
  ])('the self-introduction patterns read %p as an introduction: %p', (text, found) => {
    expect(mentionsAny(text, SELF_INTRODUCTION)).toBe(found);
  });

  // Held-out 53: a body that leaves one slot offers no flexibility, whatever the patterns read.
  it('report flexibility missing from a request that leaves one slot, even where a pattern reads an offer', () => {
    const missingParts = (body: string) =>
      checkMessageParts(body, 'email', DEFAULT_GUIDANCE_POLICY).map((f) => f.ruleId);
    const ask =
      'Dear Mrs Leach,\n\nMy name is Ramesh Parmar and I drive lorries in Leicester. Mr Dhillon gave me your email, as you turned a hobby into a livelihood at fifty. Would twenty minutes of telephone conversation, in the coming weeks, be possible?';
    const signed = '\n\nYours sincerely,\nRamesh Parmar';
    expect(missingParts(`${ask}${signed}`)).not.toContain('parts.flexibility');
    expect(
      missingParts(
        `${ask} Flexible working came in at my depot this spring, yet only Wednesday 12 March, from six, is free for me.${signed}`,
      ),
    ).toContain('parts.flexibility');
  });

  // Held-out 64: when the sender met them ("after your lecture") is no reason for choosing them;
  // what the lecture was to the sender is.
  it('reads no reason in meeting the contact after their lecture', () => {
    const missingParts = (body: string) =>
      checkMessageParts(body, 'linkedin', DEFAULT_GUIDANCE_POLICY).map((f) => f.ruleId);
    const body =
      'Dear Dr Morrison, I am Ayan Duale, a geophysics MSc student in Bristol. We spoke after your lecture to the Bristol Geology Society in April. Might a 20-minute telephone conversation be possible, at any hour convenient to you? With thanks, Ayan Duale';
    expect(missingParts(body)).toContain('parts.why-you');
    expect(
      missingParts(
        body.replace(
          'in April.',
          'in April, and your lecture on coastal seismology is why I chose seismology.',
        ),
      ),
    ).not.toContain('parts.why-you');
  });

  // Held-out 39: a request sent to many gives no reason for this contact, whatever the patterns
  // read.
  it('report why-you missing from a request sent to many, even where a pattern reads a reason', () => {
    const missingParts = (body: string) =>
      checkMessageParts(body, 'email', DEFAULT_GUIDANCE_POLICY).map((f) => f.ruleId);
    const body =
      'Dear Mr Gebremedhin,\n\nMy name is Tekle Woldu and I study cyber security in Coventry. Our community group shared your article about phishing. Could we talk for 20 minutes? Any day suits me.\n\nKind regards,\nTekle Woldu';
    expect(missingParts(body)).not.toContain('parts.why-you');
    expect(
      missingParts(
        body.replace('Could we', 'I send this same email to many security people. Could we'),
      ),
    ).toContain('parts.why-you');
    // Held-out 44: "goes out to several", "I post this letter to many".
    for (const roundRobin of [
      'This same note goes out to several physiologists.',
      'I post this letter to many clinics in the south.',
      // Held-out 45
      'This message I write to all occupational therapists on that list, one by one.',
      "I'm emailing these same lines to half a dozen vet nurses between Ely and March.",
      // Held-out 47
      'This same letter I am sending to every accountant in Boston on that page.',
      'This message I am sending to each social worker on that list.',
      // Held-out 49
      'To every pharmacy of that list goes this same email.',
      'Every midwife there gets this same message from me.',
      // Held-out 51
      'Today one letter, the same, goes from me to all youth justice teams in North Wales.',
      // Held-out 53
      'Every limb centre from Norwich to Ipswich gets this message today.',
      'To every officer on that page I send it the same.',
      // Held-out 54
      'This email today is going to all QS companies in Oldham, Rochdale and Bury.',
      // Held-out 55
      'This same email go from me to every midwife on that page.',
      // Held-out 56
      'This email I am sending the same to many radiographers in south-east London.',
      // Held-out 59
      'To every practitioner of North London on this register goes the same email from me.',
      'Identical email I send each officer from this list.',
      // Held-out 61
      'Same letter I send to each mason on this list, so I am sorry it is not personal.',
      // Held-out 63
      'Each midwife of that list is getting these same words from me, forgive, no personal letter.',
      // Held-out 64
      'This email with same words I send to many OT people in Derby, perhaps one person reply.',
      // Forty-eighth round: the round-robin read in general, in wordings no list names.
      'I have sent much the same note to several occupational health advisers across the region.',
      'One identical request, typed once, has been mailed to a dozen vineyards in the Loire.',
      'Each brewer in the county received these very lines this morning.',
      // Held-out 75: with no verb.
      'This same letter for each nurse from list; maybe somebody answer.',
      // Held-out 81: "my letter", non-native.
      'Every surgery on that list receive my letter, so I hope one nurse answer.',
      // Held-out 82: to "reach" every one, non-native.
      'The same letter reach every dentist of this list, so somebody maybe answer.',
      // Held-out 83: no word for the letter, non-native.
      'All names from that register receive this, I hope one reply.',
    ]) {
      expect(missingParts(body.replace('Could we', `${roundRobin} Could we`))).toContain(
        'parts.why-you',
      );
    }
  });

  // Held-out 44: a slot the call must take leaves nothing to choose; another time offered does.
  // Held-out 64: so does a call-back the caller fixes.
  it.each([
    [
      'could twenty minutes be found another time? I shall ring back on Friday at ten past four, then.',
      [],
    ],
    [
      'could twenty minutes be found another time? I shall ring back on Friday at four, or whenever suits you.',
      [
        'could twenty minutes be found another time?',
        'I shall ring back on Friday at four, or whenever suits you.',
      ],
    ],
    ['would 20 mins on the phone suit? but a call would have to be wed 8pm', []],
    [
      'would 20 mins on the phone suit? it would have to be wed or thurs, 8pm or later',
      ['would 20 mins on the phone suit?', 'it would have to be wed or thurs, 8pm or later'],
    ],
    // Held-out 52: the one slot or no call.
    ['a 20 min ring? video or phone, dinnae mind, but sunday at 8 or not at all.', []],
    [
      'a 20 min ring? sunday at 8 or monday at 9.',
      ['a 20 min ring?', 'sunday at 8 or monday at 9.'],
    ],
    // Held-out 53: the one slot refused otherwise in the next sentence, or all the sender has got.
    ['thurs at 8 ok for a ring, 20 mins tops? no other night im off the wagon.', []],
    ["20 min call? zoom or phone, but mon at 6 is all I've got", []],
    // Held-out 54: the sole time, said with the hour in words; all the sender got.
    [
      'Could we talk by telephone? The prison has allowed flexible hours for my studies, though Wednesday 4 March at six is the sole time I can do.',
      [],
    ],
    ['20 min chat? teams or phone, either suits, but friday 6pm is all I got', []],
    // Held-out 57: "any good?" asks whether the one slot suits; the next sentence says it is the
    // only one.
    ['phone at 7pm on sunday, 20 mins, any good? its my only hour off the roof sorry.', []],
    // Held-out 73: a sentence that points back at the one slot named.
    ['could we talk 20 mins weds at 8? no shift for me that night.', []],
    // Held-out 74: a call-back fixed "just after" the hour.
    ['Could a quarter hour be spared? I shall call again on Monday just after five.', []],
    // Held-out 80: the hour of the call-back in words.
    ['Could twenty minutes be spared? I shall ring you back on Tuesday, five-forty.', []],
    // Held-out 83: the one slot, then "my single night free".
    ['20 min call weds at 7pm? my single night free of lates.', []],
    [
      'Could we talk on Wednesday at six, or any evening?',
      ['Could we talk on Wednesday at six, or any evening?'],
    ],
  ])(
    'judges as offers, in %p, only %p (a call that must take one named slot offers none)',
    (body, judged) => {
      expect(candidateSentences('parts.flexibility', body)).toEqual(judged);
    },
  );

  it('judge the same sentence the same way every time (the check stays deterministic)', () => {
    const sentence = 'Your redesign of the city library is stunning.';
    expect(partFoundByModel('parts.why-you', sentence)).toBe(
      partFoundByModel('parts.why-you', sentence),
    );
    expect(mentionsAny(sentence, CONNECTION)).toBe(false);
  });
});
