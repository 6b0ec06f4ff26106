import { TEXT_MESSAGE_CHARACTER_LIMIT, countCharacters } from '../compose-guidance';
import { fullFields, namesOnly } from './merge-fields.spec-helper';
import { renderTemplate } from './render-template';

describe('the text message', () => {
  it('is warm, uses first names and still asks for 20 minutes', () => {
    expect(renderTemplate('text-message', fullFields)).toEqual({
      kind: 'text-message',
      body: "Hi Dana, it's Sam! Professor Lee suggested I contact you. I'm a student at the University of Leeds, exploring careers in health policy. I'd love to hear about your experience at the NHS Confederation. Could we chat for 20 minutes sometime? Happy to fit around your schedule. Thanks, Sam",
      missingFields: [],
    });
  });

  it('keeps to the point with nothing but the names', () => {
    expect(renderTemplate('text-message', namesOnly)).toEqual({
      kind: 'text-message',
      body: "Hi Dana, it's Sam! I'd love to hear about how you got into your field. Could we chat for 20 minutes sometime? Happy to fit around your schedule. Thanks, Sam",
      missingFields: ['member.institution', 'contact.organisation', 'connection', 'topic'],
    });
  });

  it('drops the institution and organisation before it would arrive in pieces', () => {
    const body = renderTemplate('text-message', {
      ...fullFields,
      member: {
        ...fullFields.member,
        institution: 'the London School of Hygiene and Tropical Medicine',
      },
      contact: {
        ...fullFields.contact,
        organisation: 'the Department of Health and Social Care',
      },
    }).body;

    expect(body).toBe(
      "Hi Dana, it's Sam! Professor Lee suggested I contact you. I'm exploring careers in health policy. I'd love to hear about your experience in health policy. Could we chat for 20 minutes sometime? Happy to fit around your schedule. Thanks, Sam",
    );
  });

  it('stays within two text segments whatever the values', () => {
    const long = 'Bartholomew-Maximilian '.repeat(12);
    const body = renderTemplate('text-message', {
      ...fullFields,
      member: { ...fullFields.member, givenName: long },
      contact: { ...fullFields.contact, givenName: long },
      connection: `${long} suggested I contact you`,
      topic: long,
    }).body;

    expect(countCharacters(body)).toBeLessThanOrEqual(TEXT_MESSAGE_CHARACTER_LIMIT);
    expect(body).toContain(
      'Could we chat for 20 minutes sometime? Happy to fit around your schedule.',
    );
  });
});
