import { type MergeFields } from './template.types';

export const fullFields: MergeFields = {
  member: {
    givenName: 'Sam',
    familyName: 'Rivera',
    programme: 'MSc Public Health',
    institution: 'the University of Leeds',
    email: 'sam.rivera@leeds.example',
  },
  contact: {
    givenName: 'Dana',
    familyName: 'Okafor',
    organisation: 'the NHS Confederation',
    role: 'Senior Policy Adviser',
    industry: 'health policy',
  },
  connection: 'Professor Lee suggested I contact you',
  topic: 'careers in health policy',
  followUpNumber: 1,
  originalSentOn: '2025-03-03',
};

/** Only what every member and contact record has: the two names. */
export const namesOnly: MergeFields = {
  member: { givenName: 'Sam', familyName: 'Rivera' },
  contact: { givenName: 'Dana', familyName: 'Okafor' },
};
