import { partExample } from '../part-models/part-labels';
import { loadGuidanceCorpus } from './guidance-corpus';
import { holdsFragment, loadPartSpans, parsePartSpans } from './part-span-labels';

describe('the sentence labels of the parts (part-spans.json)', () => {
  const training = loadGuidanceCorpus('training');
  const spans = loadPartSpans();

  it('quotes, for every part a training message is labelled as having, words of that message', () => {
    const problems: string[] = [];
    let quoted = 0;
    for (const message of training) {
      if (message.draft.channel === 'in-person') continue;
      const marked = spans[message.id] ?? {};
      for (const part of [
        'parts.self-introduction',
        'parts.connection',
        'parts.why-you',
        'parts.flexibility',
      ] as const) {
        const fragments = marked[part];
        if (!message.mustNotFire.includes(part)) {
          if (fragments !== undefined) problems.push(`${message.id} ${part}: labelled missing`);
          continue;
        }
        if (fragments === undefined) problems.push(`${message.id} ${part}: no fragment`);
        for (const fragment of fragments ?? []) {
          quoted += 1;
          if (!message.draft.body.includes(fragment)) problems.push(`${message.id}: ${fragment}`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(quoted).toBeGreaterThan(6000);
  });

  it('names no message outside the training split', () => {
    const ids = new Set(training.map((m) => m.id));
    expect(Object.keys(spans).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('rejects a part that is not one of the four it labels', () => {
    expect(() => parsePartSpans('{"t001":{"parts.sign-off":["Kind regards"]}}')).toThrow();
  });

  it.each([
    ['your talk at the Octagon', 'I heard your talk at the Octagon last May.', true],
    // "ur" was written out as "your"; all but one word is enough.
    ['loved ur talk at the Octagon', 'I loved your talk at the Octagon.', true],
    ['your talk at the Octagon', 'Could we talk for 20 minutes?', false],
  ])('finds %p in %p: %p', (fragment, sentence, expected) => {
    expect(holdsFragment(sentence, fragment)).toBe(expected);
  });

  it('makes the sentence it points at the positive one, where the patterns found none', () => {
    const message = {
      id: 'f01',
      register: 'casual' as const,
      draft: {
        channel: 'text' as const,
        body: 'hi Tam, its Jo. The sourdough on your stall is the best in Leith. Could we talk for 15 mins whenever suits? Thanks, Jo',
      },
      mustFire: [],
      mustNotFire: ['parts.why-you' as const],
    };
    const fragments = { f01: { 'parts.why-you': ['sourdough on your stall is the best'] } };
    const weak = partExample('parts.why-you', message, (t) => t);
    const labelled = partExample('parts.why-you', message, (t) => t, fragments);
    expect(weak?.flagged).toEqual([]);
    expect(labelled?.flagged).toEqual([1]);
  });
});
