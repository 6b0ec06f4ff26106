import { interviewReferralContactId, referralDetails, splitReferralName } from './referral-contact';

describe('a referral as a contact', () => {
  it('takes the last word as the family name', () => {
    expect(splitReferralName('  Mary Ann  Evans ')).toEqual({
      givenName: 'Mary Ann',
      familyName: 'Evans',
    });
  });

  it('keeps a one-word name with a dash for the family name the book requires', () => {
    expect(splitReferralName('Priya')).toEqual({ givenName: 'Priya', familyName: '—' });
  });

  it('derives one stable contact id per member and referral', () => {
    const id = interviewReferralContactId('member-ada', 'ref-1');
    expect(id).toBe(interviewReferralContactId('member-ada', 'ref-1'));
    expect(id).not.toBe(interviewReferralContactId('member-bo', 'ref-1'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-b[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('says which referral is not a valid contact and why', () => {
    const result = referralDetails({
      $typeName: 'rapport.interviews.v1.Referral',
      referralId: 'ref-9',
      name: '',
      email: 'nope',
      organisation: '',
      role: '',
      note: '',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/ref-9: .*givenName.*email: must be an email/);
  });
});
