import { fullFields, namesOnly } from './merge-fields.spec-helper';
import { renderTemplate } from './render-template';

describe('the email request', () => {
  it('puts the connection first and asks for about 20 minutes', () => {
    expect(renderTemplate('email-request', fullFields)).toEqual({
      kind: 'email-request',
      subject: 'Request for advice on careers in health policy',
      body: `Dear Dana Okafor,

Professor Lee suggested I contact you. My name is Sam Rivera, and I am an MSc Public Health student at the University of Leeds.

I am exploring careers in health policy, and your experience as Senior Policy Adviser at the NHS Confederation is exactly what I hope to learn from. Would you be willing to share about 20 minutes of advice by phone or video? I would be glad to fit around your schedule.

Thank you for considering my request.

Kind regards,
Sam Rivera
sam.rivera@leeds.example`,
      missingFields: [],
    });
  });

  it('still reads as a letter with nothing but the names', () => {
    expect(renderTemplate('email-request', namesOnly)).toEqual({
      kind: 'email-request',
      subject: 'Request for 20 minutes of your advice',
      body: `Dear Dana Okafor,

My name is Sam Rivera.

Your experience in the field is exactly what I hope to learn from. Would you be willing to share about 20 minutes of advice by phone or video? I would be glad to fit around your schedule.

Thank you for considering my request.

Kind regards,
Sam Rivera`,
      missingFields: [
        'member.programme',
        'member.institution',
        'member.email',
        'contact.organisation',
        'contact.role',
        'connection',
        'topic',
      ],
    });
  });

  it('names the subject after the organisation or industry when there is no topic', () => {
    const withoutTopic = { ...fullFields, topic: undefined };
    const withoutOrganisation = {
      ...withoutTopic,
      contact: { givenName: 'Dana', familyName: 'Okafor', industry: 'health policy' },
    };

    expect(renderTemplate('email-request', withoutTopic).subject).toBe(
      'Request for advice about your work at the NHS Confederation',
    );
    expect(renderTemplate('email-request', withoutOrganisation).subject).toBe(
      'Request for advice about working in health policy',
    );
  });

  it('describes the member from whichever of programme and institution is known', () => {
    const programmeOnly = {
      ...fullFields,
      member: { givenName: 'Sam', familyName: 'Rivera', programme: 'Economics' },
    };
    const institutionOnly = {
      ...fullFields,
      member: { givenName: 'Sam', familyName: 'Rivera', institution: 'Leeds Beckett University' },
    };

    expect(renderTemplate('email-request', programmeOnly).body).toContain(
      'My name is Sam Rivera, and I am an Economics student.',
    );
    expect(renderTemplate('email-request', institutionOnly).body).toContain(
      'My name is Sam Rivera, and I am a student at Leeds Beckett University.',
    );
  });

  it('finishes a connection the member wrote without capital or full stop', () => {
    const body = renderTemplate('email-request', {
      ...fullFields,
      connection: '  we met at the Leeds health careers fair  ',
    }).body;

    expect(body).toContain(
      'We met at the Leeds health careers fair. My name is Sam Rivera, and I am',
    );
  });
});
