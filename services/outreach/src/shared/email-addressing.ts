import { Inject, Injectable } from '@nestjs/common';
import { UnprocessableProblem } from '@rapport/platform/http';
import { ContactDirectory } from '../contact-directory/contact-directory';
import { MemberProfiles } from '../member-profile/member-profiles';
import type { EmailAddressing } from './outreach-outbox-context';

/**
 * Who an email through Rapport goes to (the contact, from the directory) and whom replies reach
 * (the member, from their profile). Without both addresses nothing can be sent for the member.
 */
@Injectable()
export class EmailAddressBook {
  constructor(
    @Inject(MemberProfiles) private readonly profiles: MemberProfiles,
    @Inject(ContactDirectory) private readonly directory: ContactDirectory,
  ) {}

  async addressing(
    tenantId: string,
    memberId: string,
    contactId: string,
  ): Promise<EmailAddressing> {
    const [profile, contact] = await Promise.all([
      this.profiles.get(tenantId, memberId),
      this.directory.find(tenantId, memberId, contactId),
    ]);
    if (!contact || contact.status !== 'active') {
      throw new UnprocessableProblem(
        `contact ${contactId} is not an active contact of yours, so Rapport cannot write to them`,
        { reason: 'contact-unavailable' },
      );
    }
    if (!contact.email) {
      throw new UnprocessableProblem(
        'this contact has no email address; add one to the contact, or send it yourself and log it',
        { reason: 'contact-email-missing' },
      );
    }
    if (!profile) {
      throw new UnprocessableProblem(
        'fill in your profile (name and email) first: replies to this email must reach you',
        { reason: 'profile-missing' },
      );
    }
    return {
      to: { email: contact.email, name: `${contact.givenName} ${contact.familyName}` },
      replyTo: { email: profile.email, name: `${profile.givenName} ${profile.familyName}` },
    };
  }
}
