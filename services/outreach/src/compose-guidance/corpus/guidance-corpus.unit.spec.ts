import { parseGuidanceCorpus } from './guidance-corpus';

const message = {
  id: 'x01',
  split: 'held-out',
  channel: 'text',
  register: 'casual',
  body: ['hi, can I ask you about your work?'],
  mustFire: ['ask.job-language'],
  mustNotFire: [],
};

/**
 * The loader on file texts written here, never on held-out.json: that split is read only by the
 * bench (see README.md), and between splits it is empty.
 */
describe('the guidance corpus loader', () => {
  it('reads an empty split as no messages', () => {
    expect(parseGuidanceCorpus('held-out', '{"split":"held-out","messages":[]}')).toEqual([]);
  });

  it('turns a message into a labelled draft', () => {
    const text = JSON.stringify({ split: 'held-out', messages: [message] });
    expect(parseGuidanceCorpus('held-out', text)).toEqual([
      {
        id: 'x01',
        register: 'casual',
        draft: { channel: 'text', body: 'hi, can I ask you about your work?' },
        mustFire: ['ask.job-language'],
        mustNotFire: [],
      },
    ]);
  });

  it.each([
    ['a file of another split', { split: 'training', messages: [] }],
    [
      'a message filed under another split',
      { split: 'held-out', messages: [{ ...message, split: 'training' }] },
    ],
    ['a duplicate id', { split: 'held-out', messages: [message, message] }],
    [
      'a rule on both lists',
      { split: 'held-out', messages: [{ ...message, mustNotFire: ['ask.job-language'] }] },
    ],
  ])('refuses %s', (_case, file) => {
    expect(() => parseGuidanceCorpus('held-out', JSON.stringify(file))).toThrow();
  });
});
