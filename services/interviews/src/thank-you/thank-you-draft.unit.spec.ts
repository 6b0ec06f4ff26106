import { thankYouDraft } from './thank-you-draft';

const conversation = {
  notes: '',
  adviceItems: ['Learn QGIS before applying.'],
  commitments: [{ id: 'k-1', text: 'Send you my flood-map project', due: '2026-03-14' }],
  closingAsks: { linkedin: true, keepInTouch: true, referrals: [] },
};

describe('the thank-you draft', () => {
  it('names the contact, something learnt and a commitment with its date, signed by the member', () => {
    const { subject, body } = thankYouDraft({
      contactName: 'Dr Lin Ho',
      memberName: 'Ada Lovelace',
      conversation,
    });
    expect(subject).toMatch(/thank you/i);
    expect(body.startsWith('Dear Dr Lin Ho,')).toBe(true);
    expect(body).toContain('your advice to learn QGIS before applying;');
    expect(body).toContain('I will send you my flood-map project by 2026-03-14');
    expect(body.trimEnd().endsWith('Ada Lovelace')).toBe(true);
  });

  it('still reads well without advice or commitments', () => {
    const { body } = thankYouDraft({
      contactName: 'Sam',
      memberName: 'Ada',
      conversation: { ...conversation, adviceItems: [], commitments: [] },
    });
    expect(body).toContain('I learnt a great deal');
    expect(body).toContain('I will let you know how your advice works out for me.');
    expect(body).not.toContain('undefined');
  });
});
