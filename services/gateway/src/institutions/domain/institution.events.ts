import type { DomainEvent } from '@rapport/eventstore';
import type { Branding, InstitutionPolicy } from './institution-policy';

/** The tenant's own stream: what the institution is, its policy and its looks. People are not here. */
export type InstitutionEvent =
  | DomainEvent<'InstitutionRegistered', { institutionId: string; name: string; plan: string }>
  | DomainEvent<'PolicyChanged', { version: number; policy: InstitutionPolicy; urgent: boolean }>
  | DomainEvent<'BrandingChanged', { branding: Branding }>;

export type InstitutionState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'registered';
      readonly institutionId: string;
      readonly name: string;
      readonly plan: string;
      readonly policyVersion: number;
      readonly policy: InstitutionPolicy;
      readonly branding: Branding;
    };

/** One stream per tenant; the tenant is the stream's own scope, so the id needs no more. */
export const INSTITUTION_STREAM_ID = 'institution';
