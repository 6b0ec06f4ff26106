import { multiLine, singleLine } from './text-fields';

describe('text fields', () => {
  const line = singleLine().trim().min(1);
  const text = multiLine();

  it.each(['Ada Lovelace', 'Zoë Ó Briain', 'Grace “Amazing” Hopper', '李小龙'])(
    'a single line takes %s',
    (value) => expect(line.safeParse(value).success).toBe(true),
  );

  it.each([
    ['CR', 'Ada\rBcc: x'],
    ['LF', 'Ada\nBcc: x'],
    ['NUL', 'Ada\u0000'],
    ['TAB', 'Ada\tLovelace'],
    ['ESC', '\u001b[31mAda'],
    ['DEL', 'Ada\u007f'],
    ['a C1 control', 'Ada\u0085'],
    ['U+2028', 'Ada\u2028Lovelace'],
  ])('a single line refuses %s', (_name, value) => {
    const result = line.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'must be a single line without control characters',
    );
  });

  it('multi-line text keeps tabs and line breaks', () => {
    expect(text.parse('Dear Ada,\r\n\n\tThank you.')).toBe('Dear Ada,\r\n\n\tThank you.');
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['form feed', 'a\u000cb'],
    ['DEL', 'a\u007fb'],
  ])('multi-line text refuses %s', (_name, value) => {
    expect(text.safeParse(value).success).toBe(false);
  });
});
