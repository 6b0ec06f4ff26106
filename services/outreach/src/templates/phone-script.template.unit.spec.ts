import { fullFields, namesOnly } from './merge-fields.spec-helper';
import { renderTemplate } from './render-template';

// About 30 seconds at an unhurried speaking pace.
const THIRTY_SECONDS_OF_WORDS = 85;

describe('the phone script', () => {
  it('is a short commercial: who, how, why you, a flexible 20-minute ask, thanks and the name again', () => {
    expect(renderTemplate('phone-script', fullFields)).toEqual({
      kind: 'phone-script',
      body: `Hello, is this Dana Okafor?

My name is Sam Rivera, and I'm an MSc Public Health student at the University of Leeds. Professor Lee suggested I contact you. I'm exploring careers in health policy, and I'd really value hearing about your experience as Senior Policy Adviser at the NHS Confederation. Would you have about 20 minutes, now or at a time that suits you, to share some advice?

Thank you, and again, it's Sam.`,
      missingFields: [],
    });
  });

  it('takes about 30 seconds to say, and has no subject', () => {
    const rendered = renderTemplate('phone-script', fullFields);

    expect(rendered.body.split(/\s+/).length).toBeLessThanOrEqual(THIRTY_SECONDS_OF_WORDS);
    expect(rendered).not.toHaveProperty('subject');
  });

  it('keeps its shape with nothing but the names', () => {
    expect(renderTemplate('phone-script', namesOnly).body).toBe(`Hello, is this Dana Okafor?

My name is Sam Rivera. I'd really value hearing about your experience in the field. Would you have about 20 minutes, now or at a time that suits you, to share some advice?

Thank you, and again, it's Sam.`);
  });
});
