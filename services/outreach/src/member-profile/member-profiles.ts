import { Inject, Injectable } from '@nestjs/common';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import { DB } from '@rapport/service-skeleton';
import type { MemberProfileRequest } from './member-profile.request';

export const MEMBER_PROFILES = 'member_profiles';

export type MemberProfile = MemberProfileRequest & {
  readonly memberId: string;
  readonly updatedAt: Date;
};

interface MemberProfileDocument extends MemberProfileRequest {
  _id: string;
  tenantId: string;
  memberId: string;
  updatedAt: Date;
}

/**
 * The member's sender details, a plain document per member: it has no lifecycle worth an event
 * stream, and the member (or a partner app with `relationships:write`) writes it whole each time.
 */
@Injectable()
export class MemberProfiles {
  private readonly profiles: Collection<MemberProfileDocument>;

  constructor(@Inject(DB) db: Db) {
    this.profiles = db.collection<MemberProfileDocument>(MEMBER_PROFILES);
  }

  async get(tenantId: string, memberId: string): Promise<MemberProfile | undefined> {
    const doc = await this.profiles.findOne({ _id: `${tenantId}|${memberId}` });
    if (!doc) return undefined;
    const { _id, tenantId: _tenant, ...profile } = doc;
    void _id;
    void _tenant;
    return profile;
  }

  async put(
    tenantId: string,
    memberId: string,
    profile: MemberProfileRequest,
    at: Date,
  ): Promise<MemberProfile> {
    const doc = { tenantId, memberId, ...profile, updatedAt: at };
    const replace = () =>
      this.profiles.replaceOne({ _id: `${tenantId}|${memberId}` }, doc, { upsert: true });
    try {
      await replace();
    } catch (error) {
      // Two first writes at once (the member and a partner app) both try the upsert's insert; the
      // loser finds the document on a second try and replaces it. Last write wins, as for any PUT.
      if (!isDuplicateKeyError(error)) throw error;
      await replace();
    }
    return { ...profile, memberId, updatedAt: at };
  }
}
