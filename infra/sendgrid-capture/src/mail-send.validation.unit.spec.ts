import { RESERVED_HEADERS, validateMailSend } from './mail-send.validation';

const valid = () => ({
  personalizations: [{ to: [{ email: 'ada@example.org' }] }],
  from: { email: 'rapport@example.edu' },
  subject: 'Hello',
  content: [{ type: 'text/plain', value: 'Hello Ada' }],
});

const fields = (body: unknown) => validateMailSend(body).map((e) => e.field);

describe('validateMailSend', () => {
  it('finds nothing wrong with a minimal message, or with unknown extra fields', () => {
    expect(validateMailSend(valid())).toEqual([]);
    expect(validateMailSend({ ...valid(), some_future_field: { x: 1 } })).toEqual([]);
  });

  it('refuses a body that is not an object, at the top', () => {
    for (const body of [undefined, null, 'mail', [valid()]]) {
      expect(validateMailSend(body)).toEqual([
        { message: expect.any(String) as unknown, field: null, help: null },
      ]);
    }
  });

  it('says "required" for a missing field and names the expected type otherwise', () => {
    const withoutFrom: Record<string, unknown> = valid();
    delete withoutFrom['from'];
    expect(validateMailSend(withoutFrom)).toEqual([
      { message: 'from is required.', field: 'from', help: null },
    ]);
    expect(validateMailSend({ ...valid(), send_at: 'soon' })).toEqual([
      { message: 'send_at must be a number.', field: 'send_at', help: null },
    ]);
    expect(validateMailSend({ ...valid(), send_at: 1.5 })).toEqual([
      { message: 'send_at must be an integer.', field: 'send_at', help: null },
    ]);
  });

  it.each([...RESERVED_HEADERS])('refuses the reserved header %s in any letter case', (name) => {
    const shouted = name.toUpperCase();
    expect(fields({ ...valid(), headers: { [shouted]: 'x' } })).toEqual([`headers.${shouted}`]);
    expect(
      fields({
        ...valid(),
        personalizations: [{ to: [{ email: 'a@example.org' }], headers: { [name]: 'x' } }],
      }),
    ).toEqual([`personalizations.0.headers.${name}`]);
  });

  it('accepts custom headers that only resemble reserved ones', () => {
    expect(
      fields({ ...valid(), headers: { 'X-SG-Idea': 'x', 'List-Unsubscribe': '<u>' } }),
    ).toEqual([]);
  });

  it('reports a problem once even when the shape and a rule both see it', () => {
    const body = { ...valid(), subject: '' };
    expect(fields(body)).toEqual(['subject']);
  });

  it('counts recipients over all personalizations, to, cc and bcc together', () => {
    const addresses = (n: number, tag: string) =>
      Array.from({ length: n }, (_, i) => ({ email: `${tag}${i}@example.org` }));
    const at = (total: number) => ({
      ...valid(),
      personalizations: [
        { to: addresses(total - 600, 'a'), cc: addresses(100, 'b') },
        { to: addresses(250, 'c'), bcc: addresses(250, 'd') },
      ],
    });
    expect(fields(at(1000))).toEqual([]);
    expect(fields(at(1001))).toEqual(['personalizations']);
  });

  it('lets the same address appear in different personalizations', () => {
    const body = {
      ...valid(),
      personalizations: [
        { to: [{ email: 'same@example.org' }] },
        { to: [{ email: 'same@example.org' }] },
      ],
    };
    expect(fields(body)).toEqual([]);
  });

  it('limits custom_args to 10,000 bytes', () => {
    expect(fields({ ...valid(), custom_args: { big: 'x'.repeat(9_980) } })).toEqual([]);
    expect(fields({ ...valid(), custom_args: { big: 'x'.repeat(10_000) } })).toEqual([
      'custom_args',
    ]);
  });
});
