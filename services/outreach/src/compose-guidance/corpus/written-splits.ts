/**
 * The split a training message was written in, read from its id: each held-out split was written
 * in one go by one writer in wordings of its own, scored once and then moved into training (see
 * README.md). Cross-validation grouped by these splits never trains on the split it tests, so it
 * asks what a fresh writer asks: does the detector carry over to wordings it has not seen? Folds of
 * single messages drawn at random from every split say far less (0.94–1.00 out of fold on training
 * in the fourth round, 0.15–0.59 on held-out 7).
 */
// The splits that joined training in the seventh round (see STRICT_ABOUT_WHY_YOU).
const JOINED_IN_THE_SEVENTH_ROUND = [
  'held-out 9',
  'held-out 10a',
  'held-out 10b',
  'training writer ba',
  'training writer bb',
  'training writer bc',
] as const;

export const WRITTEN_SPLITS = [
  'held-out 1',
  'held-out 2',
  'held-out 3',
  'held-out 4',
  'held-out 5',
  'held-out 6',
  'held-out 7',
  'held-out 8',
  ...JOINED_IN_THE_SEVENTH_ROUND,
  'held-out 11a',
  'held-out 11b',
  'training writer bd',
  'training writer be',
  'training writer bf',
  'training writer bg',
  'held-out 12a',
  'held-out 12b',
  'held-out 13a',
  'held-out 13b',
  'training writer bh',
  'training writer bi',
  'held-out 14a',
  'held-out 14b',
  'training writer bj',
  'training writer bk',
  'held-out 15a',
  'held-out 15b',
  'held-out 16a',
  'held-out 16b',
  'held-out 17a',
  'held-out 17b',
  'training writer bl',
  'training writer bm',
  'held-out 18a',
  'held-out 18b',
  'held-out 19a',
  'held-out 19b',
  'held-out 20a',
  'held-out 20b',
  'training writer bn',
  'held-out 21a',
  'held-out 21b',
  'held-out 22a',
  'held-out 22b',
  'training writer bo',
  'training writer bp',
  'held-out 23a',
  'held-out 23b',
  'held-out 24a',
  'held-out 24b',
  'training writer bq',
  'training writer br',
  'held-out 25a',
  'held-out 25b',
  'training writer bs',
  'training writer bt',
  'held-out 26a',
  'held-out 26b',
  'training writer bu',
  'training writer bv',
  'held-out 27a',
  'held-out 27b',
  'training writer bw',
  'training writer bx',
  'held-out 28a',
  'held-out 28b',
  'training writer by',
  'training writer bz',
  'held-out 29a',
  'held-out 29b',
  'held-out 30a',
  'held-out 30b',
  'held-out 31a',
  'held-out 31b',
  'held-out 32a',
  'held-out 32b',
  'held-out 33a',
  'held-out 33b',
  'held-out 34a',
  'held-out 34b',
  'held-out 35a',
  'held-out 35b',
  'held-out 36a',
  'held-out 36b',
  'held-out 37a',
  'held-out 37b',
  'held-out 38a',
  'held-out 38b',
  'held-out 39a',
  'held-out 39b',
  'held-out 40a',
  'held-out 40b',
  'held-out 41a',
  'held-out 41b',
  'held-out 42a',
  'held-out 42b',
  'held-out 43a',
  'held-out 43b',
  'held-out 44a',
  'held-out 44b',
  'held-out 45a',
  'held-out 45b',
  'held-out 46a',
  'held-out 46b',
  'held-out 47a',
  'held-out 47b',
  'held-out 48a',
  'held-out 48b',
  'held-out 49a',
  'held-out 49b',
  'held-out 50a',
  'held-out 50b',
  'held-out 51a',
  'held-out 51b',
  'held-out 52a',
  'held-out 52b',
  'held-out 53a',
  'held-out 53b',
  'held-out 54a',
  'held-out 54b',
  'held-out 55a',
  'held-out 55b',
  'held-out 56a',
  'held-out 56b',
  'held-out 57a',
  'held-out 57b',
  'held-out 58a',
  'held-out 58b',
  'held-out 59a',
  'held-out 59b',
  'held-out 60a',
  'held-out 60b',
  'held-out 61a',
  'held-out 61b',
  'held-out 62a',
  'held-out 62b',
  'held-out 63a',
  'held-out 63b',
  'held-out 64a',
  'held-out 64b',
  'held-out 65a',
  'held-out 65b',
  'held-out 66a',
  'held-out 66b',
  'held-out 67a',
  'held-out 67b',
  'held-out 68a',
  'held-out 68b',
  'held-out 69a',
  'held-out 69b',
  'held-out 70a',
  'held-out 70b',
  'held-out 71a',
  'held-out 71b',
  'held-out 72a',
  'held-out 72b',
  'held-out 73a',
  'held-out 73b',
  'held-out 74a',
  'held-out 74b',
  'held-out 75a',
  'held-out 75b',
  'held-out 76a',
  'held-out 76b',
  'held-out 77a',
  'held-out 77b',
  'held-out 78a',
  'held-out 78b',
  'held-out 79a',
  'held-out 79b',
  'held-out 80a',
  'held-out 80b',
  'held-out 81a',
  'held-out 81b',
  'held-out 82a',
  'held-out 82b',
  'held-out 83a',
  'held-out 83b',
  'written with the rules',
] as const;

export type WrittenSplit = (typeof WRITTEN_SPLITS)[number];

// Ids by split: h01–h60, g01–g87, k01–k100, m01–m100, n01–n100, q01–q128, s001–s152, w001–w157,
// x001–x160, y001–y080, z001–z080, aa001–aa080, ab001–ab080, ca001–ca083, cb001–cb080,
// da001–da086, db001–db080, ea001–ea080, eb001–eb082, fa001–fa080, fb001–fb080, ga001–ga080, gb001–gb084, ja001–ja097, jb001–jb082, ka001–ka080, kb001–kb080, la001–la086, lb001–lb080, oa001–oa080, ob001–ob087, ia001–ia080, ib001–ib080, ha001–ha080, hb001–hb080, ma001–ma080, mb001–mb080, na001–na080, nb001–nb080, pa001–pa080, pb001–pb080, ua001–ua080, ub001–ub080, va001–va080, vb001–vb080, wa001–wa080, wb001–wb080, xa001–xa080, xb001–xb080, ya001–ya080, yb001–yb080, za001–za080, zb001–zb080, qa001–qa080, qb001–qb080, ra001–ra080, rb001–rb080, sa001–sa080, sb001–sb080, ta001–ta080, tb001–tb080, ac001–ac080, ad001–ad080, ae001–ae080, af001–af080, ag001–ag080, ah001–ah080, ai001–ai080, aj001–aj080, ak001–ak080, al001–al080, am001–am080, an001–an080, ao001–ao080, ap001–ap080, aq001–aq080, ar001–ar080, as001–as080, at001–at080, au001–au080, av001–av080, aw001–aw080, ax001–ax080, ay001–ay080, az001–az080, cc001–cc080, cd001–cd080, ce001–ce080, cf001–cf080, cg001–cg080, ch001–ch080, ci001–ci080, cj001–cj080, ck001–ck080, cl001–cl080, cm001–cm080, cn001–cn080, co001–co080, cp001–cp080, cq001–cq080, cr001–cr080, cs001–cs080, ct001–ct080, cu001–cu080, cv001–cv080, cw001–cw080, cx001–cx080, cy001–cy080, cz001–cz080, dc001–dc080, dd001–dd080, de001–de080, df001–df080, dg001–dg080, dh001–dh080, di001–di080, dj001–dj080, dk001–dk080, dl001–dl080, dm001–dm080, dn001–dn080, do001–do080, dp001–dp080, dq001–dq080, dr001–dr080, ds001–ds080, dt001–dt080, du001–du080, dv001–dv080, dw001–dw080, dx001–dx080, dy001–dy080, dz001–dz080, ec001–ec080, ed001–ed080, ee001–ee080, ef001–ef080, eg001–eg080, eh001–eh080, ei001–ei080, ej001–ej080, ek001–ek080, el001–el080, em001–em080, en001–en080, eo001–eo080, ep001–ep080, eq001–eq080, er001–er080, es001–es080, et001–et080, eu001–eu080, ev001–ev080, ew001–ew080, ex001–ex080, ey001–ey080, ez001–ez080. The rest (t001–t200, and p, r, s01–s09, u, v, w01–w28) were written by
// the people tuning the rules, round by round, and ba–bx by training writers. When a spent
// held-out split joins training, it gets its own entry here (and in WRITTEN_SPLITS, and its own
// file in training/, named by trainingFileName);
// written-splits.unit.spec.ts counts each split so a forgotten one shows.
const HELD_OUT_IDS: readonly [RegExp, WrittenSplit][] = [
  [/^h\d+$/, 'held-out 1'],
  [/^g\d+$/, 'held-out 2'],
  [/^k\d+$/, 'held-out 3'],
  [/^m\d+$/, 'held-out 4'],
  [/^n\d+$/, 'held-out 5'],
  [/^q\d+$/, 'held-out 6'],
  [/^s\d{3}$/, 'held-out 7'],
  [/^w\d{3}$/, 'held-out 8'],
  [/^x\d{3}$/, 'held-out 9'],
  // The tenth split had two writers, each a split of their own for cross-validation.
  [/^y\d{3}$/, 'held-out 10a'],
  [/^z\d{3}$/, 'held-out 10b'],
  // Seventh round: three writers wrote training text only, each in wordings of their own (the
  // families the bench said were missed); each is a split of its own for cross-validation.
  [/^ba\d{3}$/, 'training writer ba'],
  [/^bb\d{3}$/, 'training writer bb'],
  [/^bc\d{3}$/, 'training writer bc'],
  // The eleventh split, also two writers.
  [/^aa\d{3}$/, 'held-out 11a'],
  [/^ab\d{3}$/, 'held-out 11b'],
  // Eighth round: training writers of job asks and their twins, and of sentences shaped like an
  // offer that ask for nothing ("If you need any more information, just let me know").
  [/^bd\d{3}$/, 'training writer bd'],
  [/^be\d{3}$/, 'training writer be'],
  [/^bf\d{3}$/, 'training writer bf'],
  // …and one of connections and reasons for choosing the contact, in pairs that differ in one.
  [/^bg\d{3}$/, 'training writer bg'],
  // The twelfth split, two writers.
  [/^ca\d{3}$/, 'held-out 12a'],
  [/^cb\d{3}$/, 'held-out 12b'],
  // The thirteenth split, two writers.
  [/^da\d{3}$/, 'held-out 13a'],
  [/^db\d{3}$/, 'held-out 13b'],
  // Ninth round: a training writer of job asks and their twins in the families fresh writers
  // keep finding (eager texts, "sneak me in", "any locum days going?", job words around a
  // question), and one of introductions by work, reasons and subjects that name only the writer.
  [/^bh\d{3}$/, 'training writer bh'],
  [/^bi\d{3}$/, 'training writer bi'],
  // The fourteenth split, two writers.
  [/^ea\d{3}$/, 'held-out 14a'],
  [/^eb\d{3}$/, 'held-out 14b'],
  // Two more training writers of job asks and twins, each in twenty-odd families of their own.
  [/^bj\d{3}$/, 'training writer bj'],
  [/^bk\d{3}$/, 'training writer bk'],
  // The fifteenth split, two writers.
  [/^fa\d{3}$/, 'held-out 15a'],
  [/^fb\d{3}$/, 'held-out 15b'],
  // The sixteenth split, two writers.
  [/^ga\d{3}$/, 'held-out 16a'],
  [/^gb\d{3}$/, 'held-out 16b'],
  // The seventeenth split, two writers.
  [/^ja\d{3}$/, 'held-out 17a'],
  [/^jb\d{3}$/, 'held-out 17b'],
  // Tenth round: a training writer of job asks and twins in twenty-odd families of their own,
  // starting from the three shapes held-out 17 missed (a guessed gap, spare capacity, a relay).
  [/^bl\d{3}$/, 'training writer bl'],
  // And one of the parts: connections stated in indirect ways and their lookalikes, reasons, and
  // sign-offs on every channel.
  [/^bm\d{3}$/, 'training writer bm'],
  // The eighteenth split, two writers.
  [/^ka\d{3}$/, 'held-out 18a'],
  [/^kb\d{3}$/, 'held-out 18b'],
  // The nineteenth split, two writers.
  [/^la\d{3}$/, 'held-out 19a'],
  [/^lb\d{3}$/, 'held-out 19b'],
  // The twentieth split, two writers.
  [/^oa\d{3}$/, 'held-out 20a'],
  [/^ob\d{3}$/, 'held-out 20b'],
  // Eleventh round: a training writer of job asks and twins, starting from the shapes held-out 18–20
  // missed or over-read (a nod with the panel, a sponsored move, a staffing question answered with
  // the sender's availability, a post they advertise) and adding thirteen families of its own.
  [/^bn\d{3}$/, 'training writer bn'],
  // The twenty-first split, two writers.
  [/^ia\d{3}$/, 'held-out 21a'],
  [/^ib\d{3}$/, 'held-out 21b'],
  // The twenty-second split, two writers.
  [/^ha\d{3}$/, 'held-out 22a'],
  [/^hb\d{3}$/, 'held-out 22b'],
  // Twelfth round: a training writer of job asks and twins, starting from the shapes held-out 21–22
  // missed or over-read (telling a manager about the sender, a gap the sender offers to fill, a
  // company that trains people, a CV sent only to show a background, who steps up, a contract won)
  // and adding fourteen families of its own.
  [/^bo\d{3}$/, 'training writer bo'],
  // And one of the parts in pairs that differ in one: connections said indirectly and their
  // lookalikes, another time for a call back, reasons read strictly, durations that are no ask,
  // sign-offs on every channel.
  [/^bp\d{3}$/, 'training writer bp'],
  // The twenty-third split, two writers.
  [/^ma\d{3}$/, 'held-out 23a'],
  [/^mb\d{3}$/, 'held-out 23b'],
  // The twenty-fourth split, two writers.
  [/^na\d{3}$/, 'held-out 24a'],
  [/^nb\d{3}$/, 'held-out 24b'],
  // Thirteenth round: writer bq, job asks and twins from held-out 23–24's misses (relays to whoever
  // picks, vouching to a panel, a seat just left, offers of flexibility worded with "work" on both
  // sides), and writer br, the parts in pairs (links through someone who worked with the contact,
  // flexibility worded "your rota comes first", phone calls that end without the name).
  [/^bq\d{3}$/, 'training writer bq'],
  [/^br\d{3}$/, 'training writer br'],
  // The twenty-fifth split, two writers.
  [/^pa\d{3}$/, 'held-out 25a'],
  [/^pb\d{3}$/, 'held-out 25b'],
  // Writer bs, job asks and twins from held-out 25's misses (mentioning the sender to whoever
  // appoints, asking their manager "for me", hedges that look like denials, either/or questions,
  // the contact's own story in both twins).
  [/^bs\d{3}$/, 'training writer bs'],
  // And writer bt, the parts in pairs (reasons read strictly, links found through a contributor or
  // a teacher, generic subjects that say only what the email is).
  [/^bt\d{3}$/, 'training writer bt'],
  // The twenty-sixth split, two writers.
  [/^ua\d{3}$/, 'held-out 26a'],
  [/^ub\d{3}$/, 'held-out 26b'],
  // Writer bu, job asks and twins from held-out 26's misses (the sender's own news with and without
  // an ask on it, being heard of through the contact, training funded as their trainee, paid work
  // in a P.S., CVs with denials, summer students asked about or asked to be).
  [/^bu\d{3}$/, 'training writer bu'],
  // And writer bv, the parts in pairs (articles read, clubs shared, reasons read strictly, one slot
  // beside "flexible working").
  [/^bv\d{3}$/, 'training writer bv'],
  // The twenty-seventh split, two writers.
  [/^va\d{3}$/, 'held-out 27a'],
  [/^vb\d{3}$/, 'held-out 27b'],
  // Writer bw, job asks and twins from held-out 26–27's misses (a letter set before whoever
  // decides, a register named and then asked for, understated asks, news of their side heard,
  // study applied for, "just nosy").
  [/^bw\d{3}$/, 'training writer bw'],
  // And writer bx, the parts in pairs (what the contact wrote or said, read or heard; a postscript
  // before the closing; subjects that say only who writes or where from).
  [/^bx\d{3}$/, 'training writer bx'],
  // The twenty-eighth split, two writers.
  [/^wa\d{3}$/, 'held-out 28a'],
  [/^wb\d{3}$/, 'held-out 28b'],
  // Writer by, job asks and twins from held-out 27–28's misses (asks in the third person, relays to
  // whoever draws up a list, texted asks, questions about their side that only mention hiring).
  [/^by\d{3}$/, 'training writer by'],
  // And writer bz, the parts in pairs from held-out 28's misses (closings run on with no stop, pet names,
  // lengths of other things, reasons read strictly, deadlines and targets met).
  [/^bz\d{3}$/, 'training writer bz'],
  // The twenty-ninth split, two writers.
  [/^xa\d{3}$/, 'held-out 29a'],
  [/^xb\d{3}$/, 'held-out 29b'],
  // The thirtieth split, two writers.
  [/^ya\d{3}$/, 'held-out 30a'],
  [/^yb\d{3}$/, 'held-out 30b'],
  // The thirty-first split, two writers.
  [/^za\d{3}$/, 'held-out 31a'],
  [/^zb\d{3}$/, 'held-out 31b'],
  // The thirty-second split, two writers.
  [/^qa\d{3}$/, 'held-out 32a'],
  [/^qb\d{3}$/, 'held-out 32b'],
  // The thirty-third split, two writers.
  [/^ra\d{3}$/, 'held-out 33a'],
  [/^rb\d{3}$/, 'held-out 33b'],
  // The thirty-fourth split, two writers.
  [/^sa\d{3}$/, 'held-out 34a'],
  [/^sb\d{3}$/, 'held-out 34b'],
  // The thirty-fifth split, two writers.
  [/^ta\d{3}$/, 'held-out 35a'],
  [/^tb\d{3}$/, 'held-out 35b'],
  // The thirty-sixth split, two writers.
  [/^ac\d{3}$/, 'held-out 36a'],
  [/^ad\d{3}$/, 'held-out 36b'],
  // The thirty-seventh split, two writers.
  [/^ae\d{3}$/, 'held-out 37a'],
  [/^af\d{3}$/, 'held-out 37b'],
  // The thirty-eighth split, two writers.
  [/^ag\d{3}$/, 'held-out 38a'],
  [/^ah\d{3}$/, 'held-out 38b'],
  // The thirty-ninth split, two writers.
  [/^ai\d{3}$/, 'held-out 39a'],
  [/^aj\d{3}$/, 'held-out 39b'],
  // The fortieth split, two writers.
  [/^ak\d{3}$/, 'held-out 40a'],
  [/^al\d{3}$/, 'held-out 40b'],
  // The forty-first split, two writers.
  [/^am\d{3}$/, 'held-out 41a'],
  [/^an\d{3}$/, 'held-out 41b'],
  // The forty-second split, two writers.
  [/^ao\d{3}$/, 'held-out 42a'],
  [/^ap\d{3}$/, 'held-out 42b'],
  // The forty-third split, two writers.
  [/^aq\d{3}$/, 'held-out 43a'],
  [/^ar\d{3}$/, 'held-out 43b'],
  // The forty-fourth split, two writers.
  [/^as\d{3}$/, 'held-out 44a'],
  [/^at\d{3}$/, 'held-out 44b'],
  // The forty-fifth split, two writers.
  [/^au\d{3}$/, 'held-out 45a'],
  [/^av\d{3}$/, 'held-out 45b'],
  // The forty-sixth split, two writers.
  [/^aw\d{3}$/, 'held-out 46a'],
  [/^ax\d{3}$/, 'held-out 46b'],
  // The forty-seventh split, two writers.
  [/^ay\d{3}$/, 'held-out 47a'],
  [/^az\d{3}$/, 'held-out 47b'],
  // The forty-eighth split, two writers (the prefixes from a to b being taken).
  [/^cc\d{3}$/, 'held-out 48a'],
  [/^cd\d{3}$/, 'held-out 48b'],
  // The forty-ninth split, two writers.
  [/^ce\d{3}$/, 'held-out 49a'],
  [/^cf\d{3}$/, 'held-out 49b'],
  // The fiftieth split, two writers.
  [/^cg\d{3}$/, 'held-out 50a'],
  [/^ch\d{3}$/, 'held-out 50b'],
  // The fifty-first split, two writers.
  [/^ci\d{3}$/, 'held-out 51a'],
  [/^cj\d{3}$/, 'held-out 51b'],
  // The fifty-second split, two writers.
  [/^ck\d{3}$/, 'held-out 52a'],
  [/^cl\d{3}$/, 'held-out 52b'],
  // The fifty-third split, two writers.
  [/^cm\d{3}$/, 'held-out 53a'],
  [/^cn\d{3}$/, 'held-out 53b'],
  // The fifty-fourth split, two writers.
  [/^co\d{3}$/, 'held-out 54a'],
  [/^cp\d{3}$/, 'held-out 54b'],
  // The fifty-fifth split, two writers.
  [/^cq\d{3}$/, 'held-out 55a'],
  [/^cr\d{3}$/, 'held-out 55b'],
  // The fifty-sixth split, two writers.
  [/^cs\d{3}$/, 'held-out 56a'],
  [/^ct\d{3}$/, 'held-out 56b'],
  // The fifty-seventh split, two writers.
  [/^cu\d{3}$/, 'held-out 57a'],
  [/^cv\d{3}$/, 'held-out 57b'],
  // The fifty-eighth split, two writers.
  [/^cw\d{3}$/, 'held-out 58a'],
  [/^cx\d{3}$/, 'held-out 58b'],
  // The fifty-ninth split, two writers.
  [/^cy\d{3}$/, 'held-out 59a'],
  [/^cz\d{3}$/, 'held-out 59b'],
  // The sixtieth split, two writers.
  [/^dc\d{3}$/, 'held-out 60a'],
  [/^dd\d{3}$/, 'held-out 60b'],
  // The sixty-first split, two writers.
  [/^de\d{3}$/, 'held-out 61a'],
  [/^df\d{3}$/, 'held-out 61b'],
  // The sixty-second split, two writers.
  [/^dg\d{3}$/, 'held-out 62a'],
  [/^dh\d{3}$/, 'held-out 62b'],
  // The sixty-third split, two writers.
  [/^di\d{3}$/, 'held-out 63a'],
  [/^dj\d{3}$/, 'held-out 63b'],
  // The sixty-fourth split, two writers.
  [/^dk\d{3}$/, 'held-out 64a'],
  [/^dl\d{3}$/, 'held-out 64b'],
  [/^dm\d{3}$/, 'held-out 65a'],
  [/^dn\d{3}$/, 'held-out 65b'],
  [/^do\d{3}$/, 'held-out 66a'],
  [/^dp\d{3}$/, 'held-out 66b'],
  [/^dq\d{3}$/, 'held-out 67a'],
  [/^dr\d{3}$/, 'held-out 67b'],
  [/^ds\d{3}$/, 'held-out 68a'],
  [/^dt\d{3}$/, 'held-out 68b'],
  [/^du\d{3}$/, 'held-out 69a'],
  [/^dv\d{3}$/, 'held-out 69b'],
  [/^dw\d{3}$/, 'held-out 70a'],
  [/^dx\d{3}$/, 'held-out 70b'],
  [/^dy\d{3}$/, 'held-out 71a'],
  [/^dz\d{3}$/, 'held-out 71b'],
  [/^ec\d{3}$/, 'held-out 72a'],
  [/^ed\d{3}$/, 'held-out 72b'],
  [/^ee\d{3}$/, 'held-out 73a'],
  [/^ef\d{3}$/, 'held-out 73b'],
  [/^eg\d{3}$/, 'held-out 74a'],
  [/^eh\d{3}$/, 'held-out 74b'],
  [/^ei\d{3}$/, 'held-out 75a'],
  [/^ej\d{3}$/, 'held-out 75b'],
  [/^ek\d{3}$/, 'held-out 76a'],
  [/^el\d{3}$/, 'held-out 76b'],
  [/^em\d{3}$/, 'held-out 77a'],
  [/^en\d{3}$/, 'held-out 77b'],
  [/^eo\d{3}$/, 'held-out 78a'],
  [/^ep\d{3}$/, 'held-out 78b'],
  [/^eq\d{3}$/, 'held-out 79a'],
  [/^er\d{3}$/, 'held-out 79b'],
  [/^es\d{3}$/, 'held-out 80a'],
  [/^et\d{3}$/, 'held-out 80b'],
  [/^eu\d{3}$/, 'held-out 81a'],
  [/^ev\d{3}$/, 'held-out 81b'],
  [/^ew\d{3}$/, 'held-out 82a'],
  [/^ex\d{3}$/, 'held-out 82b'],
  [/^ey\d{3}$/, 'held-out 83a'],
  [/^ez\d{3}$/, 'held-out 83b'],
];

export function writtenSplitOf(id: string): WrittenSplit {
  return HELD_OUT_IDS.find(([pattern]) => pattern.test(id))?.[1] ?? 'written with the rules';
}

/**
 * Splits in training whose writers read a reason for choosing the contact more strictly than the
 * why-you patterns do: held-out 9 and 10, the seventh round's training writers, writers bg, bi and bm
 * (told so) and held-out 14–19 labelled "he say you are accountant in small practice", "I see you
 * work in the bank" and "to hear how you managed the placements" as no reason, where the earlier
 * splits' writers, and the patterns, read such sentences as one. training-goals holds why-you to its
 * goals on the other splits only (on all of training it reads 1.00 / 0.89 in the eighth round);
 * every other rule is held on all of training, and bench:guidance reports all.
 */
// Every blind writer from held-out 14 on read it strictly too, the first ones unprompted
// (held-out 14–17: "says only where the contact works, no reason for choosing her"; 18: "He say you
// work for the courts" is none; 20: "ur mate Dean said to msg u" is none), and from held-out 28 on
// from the brief itself ("a reason counts as why-you only when it says why this person was chosen
// (a job title alone does not)"). So the held-out splits are read from WRITTEN_SPLITS by their
// number rather than listed here a second time.
const FIRST_STRICT_HELD_OUT = 14;

function isStrictHeldOut(split: WrittenSplit): boolean {
  const number = /^held-out (\d+)[ab]$/.exec(split)?.[1];
  return number !== undefined && Number(number) >= FIRST_STRICT_HELD_OUT;
}

export const STRICT_ABOUT_WHY_YOU: readonly WrittenSplit[] = [
  ...JOINED_IN_THE_SEVENTH_ROUND,
  // The training writers given the strict definition.
  'training writer bg',
  'training writer bi',
  'training writer bm',
  'training writer bp',
  'training writer br',
  'training writer bt',
  'training writer bv',
  'training writer bx',
  'training writer bz',
  ...WRITTEN_SPLITS.filter(isStrictHeldOut),
];

/**
 * Whether the message was written the way a held-out split is: by a writer who saw no detector
 * code and no training text, for a split of their own (ninth round). The training writers (`ba`–
 * `bk`) read the bench notes and wrote near misses aimed at what the detectors get wrong, and the
 * rule tuners wrote the rule table; both teach the models, but a threshold chosen on them is chosen
 * for drafts no student writes. The trainers choose their thresholds on these splits alone. On
 * 3,501 messages, the job ask's setting chosen on all splits was t=0.95 with cue support 0.95,
 * which scored 0.965 / 0.899 out of fold on the blind writers' splits; chosen on them (at
 * BLIND_PRECISION_FLOOR), t=0.9 with support 0.2 scored 0.961 / 0.953 there. The why-you
 * threshold chosen on all splits scored 0.669 / 0.886 on the blind ones; chosen on them,
 * 0.786 / 0.807.
 */
export function isWrittenBlind(id: string): boolean {
  return writtenSplitOf(id).startsWith('held-out');
}
