import { LINKEDIN_NOTE_CHARACTER_LIMIT, countCharacters } from '../compose-guidance';
import { fullFields, namesOnly } from './merge-fields.spec-helper';
import { renderTemplate } from './render-template';
import { type MergeFields } from './template.types';

function note(fields: MergeFields): string {
  return renderTemplate('linkedin-note', fields).body;
}

describe('the LinkedIn connection note', () => {
  it('gives the most detail that fits in 300 characters', () => {
    const body = note(fullFields);

    expect(body).toBe(`Dear Dana,
Professor Lee suggested I contact you. I'm Sam Rivera, an MSc Public Health student at the University of Leeds. I'd value your perspective on careers in health policy. Would you have 20 minutes for a call at a time that suits you? Thank you, Sam`);
    expect(countCharacters(body)).toBe(256);
  });

  it('says why this person in full when the introduction is short enough', () => {
    expect(
      note({ ...fullFields, member: { givenName: 'Sam', familyName: 'Rivera', programme: 'MPH' } }),
    ).toBe(`Dear Dana,
Professor Lee suggested I contact you. I'm Sam Rivera, an MPH student, exploring careers in health policy. Your experience as Senior Policy Adviser at the NHS Confederation is just what I hope to learn from. Would you have 20 minutes for a call at a time that suits you? Thank you, Sam`);
  });

  it('keeps its shape with nothing but the names', () => {
    expect(renderTemplate('linkedin-note', namesOnly)).toEqual({
      kind: 'linkedin-note',
      body: `Dear Dana,
My name is Sam Rivera. Your experience in the field is just what I hope to learn from. Would you have 20 minutes for a call at a time that suits you? Thank you, Sam`,
      missingFields: [
        'member.programme',
        'member.institution',
        'contact.organisation',
        'contact.role',
        'connection',
        'topic',
      ],
    });
  });

  const veryLongName = 'Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh';
  const longValueCases: [string, MergeFields][] = [
    [
      'very long names',
      {
        ...fullFields,
        member: { ...fullFields.member, givenName: veryLongName, familyName: veryLongName },
        contact: { ...fullFields.contact, givenName: veryLongName, familyName: veryLongName },
      },
    ],
    [
      'a very long connection',
      {
        ...fullFields,
        connection:
          'Professor Lee, who taught my second-year module on comparative health systems and who worked alongside you on the 2019 integrated care review, suggested I contact you',
      },
    ],
    [
      'everything very long at once',
      {
        ...fullFields,
        member: {
          ...fullFields.member,
          givenName: veryLongName.repeat(3),
          familyName: veryLongName,
        },
        contact: {
          ...fullFields.contact,
          givenName: veryLongName.repeat(3),
          familyName: veryLongName,
        },
        connection: 'word '.repeat(200),
        topic: 'topic '.repeat(100),
      },
    ],
    [
      'names written in emoji and accents',
      {
        ...fullFields,
        member: { ...fullFields.member, givenName: '🌟'.repeat(150), familyName: 'Ñúñez' },
        contact: { ...fullFields.contact, givenName: 'Zoë'.repeat(60), familyName: 'Ørsted' },
      },
    ],
  ];

  it.each(longValueCases)('never exceeds 300 characters with %s', (_case, fields) => {
    const body = note(fields);

    expect(countCharacters(body)).toBeLessThanOrEqual(LINKEDIN_NOTE_CHARACTER_LIMIT);
    expect(body).toContain('Would you have 20 minutes for a call at a time that suits you?');
  });

  it('shortens long names before it touches the connection', () => {
    const body = note(longValueCases[0]?.[1] ?? fullFields);

    expect(body).toBe(`Dear Wolfeschlegelsteinhausenbergerdorff…,
Professor Lee suggested I contact you. My name is Wolfeschlegelsteinhausenbergerdorff… I'd value your perspective on careers in health policy. Would you have 20 minutes for a call at a time that suits you? Thank you, Wolfeschlegelsteinhausenbergerdorff…`);
  });
});
