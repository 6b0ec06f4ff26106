import { entryLabel, healthLabel } from './pipeline';

describe('healthLabel', () => {
  it.each([
    ['interview-planned', 'green', /conversation is planned/],
    ['recent-touch', 'green', /within 8 weeks/],
    ['touch-due', 'amber', /more than 8 weeks/],
    ['touch-overdue', 'red', /Overdue/],
  ] as const)('puts %s (%s) in words', (reason, colour, words) => {
    expect(healthLabel({ reason, colour, cadenceWeeks: 8 })).toMatch(words);
  });
});

describe('entryLabel', () => {
  it('turns an event name into words', () => {
    expect(entryLabel('request-sent')).toBe('Request sent');
    expect(entryLabel('FollowUpSent')).toBe('Follow up sent');
  });
});
