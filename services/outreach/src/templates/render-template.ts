import { emailFollowUpTemplate } from './email-follow-up.template';
import { emailRequestTemplate } from './email-request.template';
import { linkedInNoteTemplate } from './linkedin-note.template';
import { type OutreachTemplate } from './outreach-template';
import { missingFields, prepareMergeFields } from './prepared-fields';
import { phoneScriptTemplate } from './phone-script.template';
import { type MergeFields, type RenderedTemplate, type TemplateKind } from './template.types';
import { textMessageTemplate } from './text-message.template';

/**
 * A draft in the member's name, ready to edit. Merge values go in as plain text; what the copy
 * wanted but did not get is listed so the member can add it before sending.
 */
export function renderTemplate(kind: TemplateKind, fields: MergeFields): RenderedTemplate {
  const template = templateFor(kind);
  const prepared = prepareMergeFields(fields);
  const { subject, body } = template.render(prepared);
  return {
    kind,
    ...(subject === undefined ? {} : { subject }),
    body,
    missingFields: missingFields(prepared, template.wants),
  };
}

function templateFor(kind: TemplateKind): OutreachTemplate {
  switch (kind) {
    case 'email-request':
      return emailRequestTemplate;
    case 'email-follow-up':
      return emailFollowUpTemplate;
    case 'phone-script':
      return phoneScriptTemplate;
    case 'linkedin-note':
      return linkedInNoteTemplate;
    case 'text-message':
      return textMessageTemplate;
    default:
      return assertNever(kind);
  }
}

function assertNever(kind: never): never {
  throw new Error(`Unknown template kind: ${String(kind)}`);
}
