import { deciderSpec } from '@rapport/testing';
import { institutionDecider } from './institution.decider';
import type { InstitutionEvent } from './institution.events';
import { DEFAULT_INSTITUTION_POLICY, institutionPolicySchema } from './institution-policy';
import { InstitutionRejected } from './institution-rejected';

const given = deciderSpec(institutionDecider, InstitutionRejected);
const branding = { displayName: 'Uni', primaryColor: '#112233', logoUrl: '' };
const registered: InstitutionEvent[] = [
  { type: 'InstitutionRegistered', data: { institutionId: 'uni', name: 'Uni', plan: 'standard' } },
  {
    type: 'PolicyChanged',
    data: { version: 1, policy: DEFAULT_INSTITUTION_POLICY, urgent: false },
  },
  { type: 'BrandingChanged', data: { branding } },
];
const weekly = { ...DEFAULT_INSTITUTION_POLICY, followUpIntervalDays: 7 };

describe('institution decider', () => {
  it('registers with policy version 1 and its branding, once', () => {
    const register = {
      type: 'RegisterInstitution',
      institutionId: 'uni',
      name: 'Uni',
      plan: 'standard',
      policy: DEFAULT_INSTITUTION_POLICY,
      branding,
    } as const;
    given([]).when(register).then(registered);
    given(registered).when(register).rejects('institution-exists');
  });

  it('numbers policy changes one up, and ignores the same policy again', () => {
    given(registered)
      .when({ type: 'ReplacePolicy', policy: weekly, urgent: true })
      .then([{ type: 'PolicyChanged', data: { version: 2, policy: weekly, urgent: true } }]);
    const changed: InstitutionEvent[] = [
      ...registered,
      { type: 'PolicyChanged', data: { version: 2, policy: weekly, urgent: false } },
    ];
    given(changed).when({ type: 'ReplacePolicy', policy: weekly, urgent: false }).then([]);
    given([])
      .when({ type: 'ReplacePolicy', policy: weekly, urgent: false })
      .rejects('institution-not-found');
  });

  it('changes branding only when it differs', () => {
    given(registered).when({ type: 'ChangeBranding', branding }).then([]);
    const red = { ...branding, primaryColor: '#ff0000' };
    given(registered)
      .when({ type: 'ChangeBranding', branding: red })
      .then([{ type: 'BrandingChanged', data: { branding: red } }]);
  });
});

describe('institution policy', () => {
  it('accepts the defaults and names each field out of range', () => {
    expect(institutionPolicySchema.safeParse(DEFAULT_INSTITUTION_POLICY).success).toBe(true);
    const result = institutionPolicySchema.safeParse({
      ...DEFAULT_INSTITUTION_POLICY,
      followUpIntervalDays: 0,
      businessDays: 'yes',
      thankYouDeadlineHours: 400,
      quietHours: { start: '9:00', end: '08:00' },
      guidance: { warnWords: 150, maxWords: 150, suggestedMinutes: 30, maxMinutes: 30 },
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'businessDays',
      'followUpIntervalDays',
      'guidance.warnWords',
      'quietHours.start',
      'thankYouDeadlineHours',
    ]);
  });
});
