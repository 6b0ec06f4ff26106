import type { Provider, Type } from '@nestjs/common';
import { dbBacked } from '@rapport/service-skeleton';
import { AdminAccess } from '../admin/admin-access';
import { CaseloadController } from '../admin/caseload.http.controller';
import { CorsOriginsAdminController } from '../admin/cors-origins-admin.http.controller';
import { IdentityProviderAdminController } from '../admin/identity-provider-admin.http.controller';
import { RatePlansAdminController } from '../admin/rate-plans-admin.http.controller';
import { SettingsTarget } from '../admin/settings-target';
import { CoachAssignmentsController } from '../admin/coach-assignments.http.controller';
import { InstitutionPolicyController } from '../admin/institution-policy.http.controller';
import { InstitutionsAdminController } from '../admin/institutions-admin.http.controller';
import { PeopleAdminController } from '../admin/people-admin.http.controller';
import { PolicyAdminController } from '../admin/policy-admin.http.controller';
import { Caseloads } from '../people/caseloads';
import { EnrolPerson } from '../people/enrol-person';
import { PeopleList } from '../people/people-list';
import { PersonChanges } from '../people/person-changes';
import { DemoInstitutionSeed } from './demo-institution.seed';
import { InstitutionSettings } from './institution-settings';
import { InstitutionsWriter } from './institutions-writer';
import { InstitutionProjections } from './projections/institution-projections';
import { RegisterInstitution } from './register-institution';
import { TenantSettings } from './tenant-settings';

/**
 * The institutions context inside the gateway, listed once so the gateway's module names it in
 * three lines: its admin routes (before the catch-all /v1 forwarding), its classes, and its
 * read models (the gateway's `readModels`, applied by every append and by the relay).
 */
export const INSTITUTIONS_CONTROLLERS: readonly Type[] = [
  InstitutionsAdminController,
  PolicyAdminController,
  PeopleAdminController,
  CoachAssignmentsController,
  InstitutionPolicyController,
  CaseloadController,
  IdentityProviderAdminController,
  CorsOriginsAdminController,
  RatePlansAdminController,
];

export const INSTITUTIONS_PROVIDERS: readonly Provider[] = [
  ...dbBacked(PeopleList, Caseloads),
  InstitutionProjections,
  InstitutionsWriter,
  RegisterInstitution,
  InstitutionSettings,
  EnrolPerson,
  PersonChanges,
  AdminAccess,
  DemoInstitutionSeed,
  TenantSettings,
  SettingsTarget,
];

export const INSTITUTIONS_READ_MODELS = InstitutionProjections;
