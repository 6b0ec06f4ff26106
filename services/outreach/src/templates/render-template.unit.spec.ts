import { type Channel, checkGuidance } from '../compose-guidance';
import { fullFields, namesOnly } from './merge-fields.spec-helper';
import { renderTemplate } from './render-template';
import { type MergeFields, TEMPLATE_KINDS, type TemplateKind } from './template.types';

const CHANNEL_OF: Readonly<Record<TemplateKind, Channel>> = {
  'email-request': 'email',
  'email-follow-up': 'email',
  'phone-script': 'phone',
  'linkedin-note': 'linkedin',
  'text-message': 'text',
};

function guidanceFor(kind: TemplateKind, fields: MergeFields) {
  const { subject, body } = renderTemplate(kind, fields);
  return checkGuidance({ channel: CHANNEL_OF[kind], subject, body });
}

/** Field sets with one optional value absent, blank or untidy at a time. */
function degradedFieldSets(): [string, MergeFields][] {
  const { member, contact } = fullFields;
  return [
    ['names only', namesOnly],
    ['no connection', { ...fullFields, connection: undefined }],
    ['no topic', { ...fullFields, topic: '' }],
    ['no programme', { ...fullFields, member: { ...member, programme: undefined } }],
    ['no institution', { ...fullFields, member: { ...member, institution: '  ' } }],
    ['no role', { ...fullFields, contact: { ...contact, role: undefined } }],
    ['no organisation', { ...fullFields, contact: { ...contact, organisation: undefined } }],
    [
      'no organisation, role or industry',
      { ...fullFields, contact: { givenName: 'Dana', familyName: 'Okafor' } },
    ],
    ['no contact given name', { ...fullFields, contact: { ...contact, givenName: ' ' } }],
    ['no contact name at all', { ...fullFields, contact: { givenName: '', familyName: '' } }],
    ['no member name at all', { ...fullFields, member: { givenName: '', familyName: '' } }],
    [
      'untidy values',
      {
        ...fullFields,
        member: { ...member, givenName: '  Sam ', programme: 'MSc   Public Health, ' },
        contact: { ...contact, organisation: 'the NHS\nConfederation;' },
        connection: 'professor Lee suggested I contact you.',
        topic: 'careers in health policy.',
      },
    ],
  ];
}

describe('renderTemplate', () => {
  it('offers every kind of template', () => {
    expect(TEMPLATE_KINDS).toEqual([
      'email-request',
      'email-follow-up',
      'phone-script',
      'linkedin-note',
      'text-message',
    ]);
  });

  it('renders an email request the guidance check finds nothing to improve in', () => {
    expect(guidanceFor('email-request', fullFields)).toEqual({
      ok: true,
      wordCount: 91,
      findings: [],
    });
  });

  it.each(['phone-script', 'linkedin-note', 'text-message'] as const)(
    'renders the %s template so the guidance check finds nothing to improve',
    (kind) => {
      expect(guidanceFor(kind, fullFields).findings).toEqual([]);
    },
  );

  it.each(TEMPLATE_KINDS)(
    'never asks for a job in the %s template, whatever is missing',
    (kind) => {
      for (const [, fields] of [['full', fullFields] as const, ...degradedFieldSets()]) {
        expect(guidanceFor(kind, fields).ok).toBe(true);
      }
    },
  );

  describe.each(TEMPLATE_KINDS)('the %s template with fields missing', (kind) => {
    it.each(degradedFieldSets())('reads cleanly with %s', (_case, fields) => {
      const { subject = '', body } = renderTemplate(kind, fields);

      for (const text of [subject, body]) {
        expect(text).not.toMatch(/undefined|null|NaN|\{|\}/);
        expect(text).not.toMatch(/ {2}| [,.;:!?]|[,;:][,.;:]|\.\.|,$|\n{3}/);
        expect(text).not.toMatch(/^\s|\s$|[ \t]\n|\n[ \t]/);
      }
    });
  });

  it('lists blank values as missing, in the order the template uses them', () => {
    const rendered = renderTemplate('email-request', {
      ...fullFields,
      member: { ...fullFields.member, institution: '   ' },
      contact: { ...fullFields.contact, role: '' },
      topic: '\n',
    });

    expect(rendered.missingFields).toEqual(['member.institution', 'contact.role', 'topic']);
  });

  it('inserts merge values as plain text, never as template syntax', () => {
    const rendered = renderTemplate('email-request', {
      ...fullFields,
      contact: {
        ...fullFields.contact,
        givenName: '{{member.givenName}}',
        familyName: '${member.email}',
      },
      topic: '{{topic}} and %s',
    });

    expect(rendered.subject).toBe('Request for advice on {{topic}} and %s');
    expect(rendered.body).toMatch(/^Dear \{\{member\.givenName\}\} \$\{member\.email\},\n/);
    expect(rendered.body).toContain('I am exploring {{topic}} and %s, and your experience');
  });

  it('keeps a value on one line so it cannot add lines of its own', () => {
    const body = renderTemplate('email-request', {
      ...fullFields,
      topic: 'health policy\n\nKind regards,\nSomeone Else',
    }).body;

    expect(body).toContain(
      'I am exploring health policy Kind regards, Someone Else, and your experience',
    );
    expect(body.match(/Kind regards,\n/g)).toHaveLength(1);
  });
});
