export type TemplateKind =
  'email-request' | 'email-follow-up' | 'phone-script' | 'linkedin-note' | 'text-message';

export const TEMPLATE_KINDS: readonly TemplateKind[] = Object.freeze([
  'email-request',
  'email-follow-up',
  'phone-script',
  'linkedin-note',
  'text-message',
]);

export interface PersonName {
  givenName: string;
  familyName: string;
}

export interface MergeFields {
  member: PersonName & {
    programme?: string;
    institution?: string;
    email?: string;
  };
  contact: PersonName & {
    organisation?: string;
    role?: string;
    industry?: string;
  };
  /** How the member got the contact's name, e.g. "Professor Lee suggested I contact you". */
  connection?: string;
  /** What the member wants to learn about, e.g. "careers in health policy". */
  topic?: string;
  /** 1 for the first follow-up. */
  followUpNumber?: number;
  /** ISO date (YYYY-MM-DD) the original request went out. */
  originalSentOn?: string;
  /** A second person at the same organisation (the 3B7 rule). */
  suggestedContact?: PersonName;
}

export interface RenderedTemplate {
  kind: TemplateKind;
  subject?: string;
  body: string;
  /** Merge fields the template would have used but were absent or unusable, e.g. 'contact.organisation'. */
  missingFields: string[];
}
