import { Injectable } from '@nestjs/common';
import { NotFoundProblem, parseOrProblem } from '@rapport/platform/http';
import type { Caller } from '../callers/caller';
import { InstitutionProjections } from '../institutions/projections/institution-projections';
import {
  INSTITUTIONS,
  type InstitutionDocument,
} from '../institutions/projections/institution-read-models';
import { tenantQuery } from './admin-requests';

/**
 * Whose settings a request is about: an admin's own institution (another one is not found, its
 * existence not theirs to learn), or for operators, who run the platform, any by `?tenant=`.
 */
@Injectable()
export class SettingsTarget {
  constructor(private readonly readModels: InstitutionProjections) {}

  async of(caller: Caller, rawQuery: unknown): Promise<InstitutionDocument> {
    const { tenant } = parseOrProblem(tenantQuery, rawQuery ?? {}, 'query');
    const tenantId = tenant ?? caller.tenantId;
    if (caller.role !== 'operator' && tenantId !== caller.tenantId) {
      throw new NotFoundProblem(`no institution ${tenantId}`);
    }
    const institution = await this.readModels.find<InstitutionDocument>(INSTITUTIONS, tenantId);
    if (!institution) throw new NotFoundProblem(`no institution ${tenantId}`);
    return institution;
  }
}

/** What the audit trail names as a settings change's target: the tenant asked for, if any. */
export const targetNamed = (rawQuery: unknown, setting: string): string => {
  const tenant = (rawQuery as { tenant?: unknown } | null)?.tenant;
  return typeof tenant === 'string' ? `${tenant.slice(0, 64)}/${setting}` : setting;
};
