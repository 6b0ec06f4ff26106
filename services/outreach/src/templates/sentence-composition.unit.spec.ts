import {
  asSentence,
  indefiniteArticle,
  joinWords,
  signOff,
  truncateAtWord,
} from './sentence-composition';

describe('joinWords', () => {
  it('leaves out absent pieces without doubling spaces', () => {
    expect(joinWords('your experience', undefined, false, '', 'at Acme')).toBe(
      'your experience at Acme',
    );
  });
});

describe('asSentence', () => {
  it.each([
    ['we met at the careers fair', 'We met at the careers fair.'],
    ['Professor Lee suggested I contact you.', 'Professor Lee suggested I contact you.'],
    ['What a talk!', 'What a talk!'],
    ['It started with Acme Inc.', 'It started with Acme Inc.'],
    ['Professor Lee, who…', 'Professor Lee, who…'],
  ])('turns %p into %p', (text, sentence) => {
    expect(asSentence(text)).toBe(sentence);
  });
});

describe('indefiniteArticle', () => {
  it.each([
    ['MSc Public Health', 'an'],
    ['MBA', 'an'],
    ['BSc Physics', 'a'],
    ['PhD', 'a'],
    ['Economics', 'an'],
    ['history', 'a'],
    ['undergraduate', 'an'],
    ['University Foundation', 'a'],
    ['European Studies', 'a'],
    ['one-year MA', 'a'],
  ])('uses the right article before %p', (word, article) => {
    expect(indefiniteArticle(word)).toBe(article);
  });
});

describe('truncateAtWord', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateAtWord('Sam Rivera', 10)).toBe('Sam Rivera');
  });

  it('cuts at the last space or hyphen and marks the cut', () => {
    expect(truncateAtWord('Professor Lee suggested I contact you', 20)).toBe('Professor Lee…');
    expect(truncateAtWord('Featherstonehaugh-Wolfeschlegel', 25)).toBe('Featherstonehaugh…');
  });

  it('cuts inside a single word longer than the limit', () => {
    expect(truncateAtWord('Wolfeschlegelsteinhausen', 10)).toBe('Wolfeschl…');
  });

  it('counts an emoji as one character and never splits it', () => {
    expect(truncateAtWord('🌟🌟🌟🌟🌟', 3)).toBe('🌟🌟…');
  });
});

describe('signOff', () => {
  it('puts the closing above the signature', () => {
    expect(signOff('Kind regards', 'Sam Rivera', undefined, 'sam@example.org')).toBe(
      'Kind regards,\nSam Rivera\nsam@example.org',
    );
  });

  it('leaves no comma hanging without a signature', () => {
    expect(signOff('Kind regards', undefined)).toBe('Kind regards');
  });
});
