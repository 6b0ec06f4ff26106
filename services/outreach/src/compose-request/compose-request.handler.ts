import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { checkGuidance } from '../compose-guidance';
import { ContactDirectory } from '../contact-directory/contact-directory';
import { InstitutionGuidance } from '../institution-policy/institution-guidance';
import type { Channel } from '../domain/outreach.events';
import { isSent } from '../domain/outreach.state';
import { MemberProfiles } from '../member-profile/member-profiles';
import { assertCanWrite } from '../shared/outreach-access';
import { localDate, mergeFieldsOf } from '../shared/merge-fields';
import { OutreachWriter } from '../shared/outreach-writer';
import { renderTemplate, type MergeFields, type TemplateKind } from '../templates';
import { type ComposedDraft, ComposeRequestQuery } from './compose-request.query';

const CHANNEL_OF: Record<TemplateKind, Channel> = {
  'email-request': 'email',
  'email-follow-up': 'email',
  'phone-script': 'phone',
  'linkedin-note': 'linkedin',
  'text-message': 'text',
};

/**
 * A draft to start from, in the member's name and addressed to the contact, with the guidance on
 * it. Nothing is stored: the member edits it and saves the draft they want.
 */
@QueryHandler(ComposeRequestQuery)
export class ComposeRequestHandler implements IQueryHandler<ComposeRequestQuery> {
  constructor(
    @Inject(MemberProfiles) private readonly profiles: MemberProfiles,
    @Inject(ContactDirectory) private readonly directory: ContactDirectory,
    @Inject(OutreachWriter) private readonly writer: OutreachWriter,
    @Inject(InstitutionGuidance) private readonly institutions: InstitutionGuidance,
  ) {}

  async execute({
    ctx,
    memberId,
    contactId,
    request,
  }: ComposeRequestQuery): Promise<ComposedDraft> {
    assertCanWrite(ctx, memberId);
    const [profile, contact, thresholds] = await Promise.all([
      this.profiles.get(ctx.tenantId, memberId),
      this.directory.find(ctx.tenantId, memberId, contactId),
      this.institutions.current(ctx.tenantId),
    ]);
    const { kind, topic, connection } = request;
    const followUp =
      kind === 'email-follow-up'
        ? await this.followUpFields(ctx.tenantId, memberId, contactId, profile?.timeZone)
        : {};
    const rendered = renderTemplate(
      kind,
      mergeFieldsOf(profile, contact, { topic, connection, ...followUp }),
    );
    const channel = CHANNEL_OF[kind];
    const checked = checkGuidance(
      {
        channel,
        ...(rendered.subject ? { subject: rendered.subject } : {}),
        body: rendered.body,
      },
      thresholds,
    );
    // The parts of a good request (who you are, the connection, the ask…) were in the request
    // itself; a follow-up rightly leaves them out, so only length, subject and tone apply to it.
    const guidance =
      kind === 'email-follow-up'
        ? { ...checked, findings: checked.findings.filter((f) => !f.ruleId.startsWith('parts.')) }
        : checked;
    return { ...rendered, channel, guidance };
  }

  private async followUpFields(
    tenantId: string,
    memberId: string,
    contactId: string,
    timeZone: string | undefined,
  ): Promise<Pick<MergeFields, 'followUpNumber' | 'originalSentOn'>> {
    const { state } = await this.writer.load(tenantId, memberId, contactId);
    if (!isSent(state)) return {};
    return {
      followUpNumber: state.followUpsSent + 1,
      originalSentOn: localDate(state.firstSentAt, timeZone),
    };
  }
}
