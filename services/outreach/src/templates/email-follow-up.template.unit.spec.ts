import { fullFields, namesOnly } from './merge-fields.spec-helper';
import { renderTemplate } from './render-template';

describe('the email follow-up', () => {
  it('refers to the original request by its date, assuming it was missed', () => {
    expect(renderTemplate('email-follow-up', fullFields)).toEqual({
      kind: 'email-follow-up',
      subject: 'Following up: request for advice on careers in health policy',
      body: `Dear Dana Okafor,

I am following up on my email of 3 March 2025, in which I asked for about 20 minutes of your advice on careers in health policy. Inboxes fill quickly, so I wanted to make sure it reached you. I would be glad to talk whenever suits you.

Kind regards,
Sam Rivera`,
      missingFields: [],
    });
  });

  it('says it plainly from the second follow-up on, and leaves an easy way out', () => {
    const body = renderTemplate('email-follow-up', { ...fullFields, followUpNumber: 3 }).body;

    expect(body).toBe(`Dear Dana Okafor,

I am writing once more about my email of 3 March 2025 asking for about 20 minutes of your advice on careers in health policy. I would still value your perspective, at whatever time suits you. If now is not a good moment, I quite understand.

Kind regards,
Sam Rivera`);
  });

  it('is shorter than the request it follows', () => {
    const words = (text: string) => text.split(/\s+/).length;

    expect(words(renderTemplate('email-follow-up', fullFields).body)).toBeLessThan(
      words(renderTemplate('email-request', fullFields).body),
    );
  });

  it('offers the second contact at the same organisation when there is one', () => {
    const body = renderTemplate('email-follow-up', {
      ...fullFields,
      suggestedContact: { givenName: 'Alex', familyName: 'Chen' },
    }).body;

    expect(body).toContain(
      'whenever suits you.\n\nIf it is easier, I would be just as glad to speak with your colleague Alex Chen.\n\nKind regards,',
    );
  });

  it('falls back to "my recent email" without a usable date, and lists the date as missing', () => {
    const invalidDate = renderTemplate('email-follow-up', {
      ...fullFields,
      originalSentOn: '2025-02-30',
    });
    const noDetails = renderTemplate('email-follow-up', namesOnly);

    expect(invalidDate.body).toContain('I am following up on my recent email, in which I asked');
    expect(invalidDate.missingFields).toEqual(['originalSentOn']);
    expect(noDetails).toEqual({
      kind: 'email-follow-up',
      subject: 'Following up on my request for advice',
      body: `Dear Dana Okafor,

I am following up on my recent email, in which I asked for about 20 minutes of your advice. Inboxes fill quickly, so I wanted to make sure it reached you. I would be glad to talk whenever suits you.

Kind regards,
Sam Rivera`,
      missingFields: ['topic', 'followUpNumber', 'originalSentOn'],
    });
  });

  it.each([0, -1, 1.5, Number.NaN])('treats follow-up number %p as unknown', (followUpNumber) => {
    const rendered = renderTemplate('email-follow-up', { ...fullFields, followUpNumber });

    expect(rendered.missingFields).toEqual(['followUpNumber']);
    expect(rendered.body).toContain('I am following up on my email of 3 March 2025');
  });
});
