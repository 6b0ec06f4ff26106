import { CheckGuidanceHandler } from './check-guidance/check-guidance.handler';
import { CheckGuidanceController } from './check-guidance/check-guidance.http.controller';
import {
  CloseOutreachHandler,
  ReopenOutreachHandler,
} from './close-outreach/close-outreach.handler';
import { CloseOutreachController } from './close-outreach/close-outreach.http.controller';
import { ComposeRequestHandler } from './compose-request/compose-request.handler';
import { ComposeRequestController } from './compose-request/compose-request.http.controller';
import { DraftOutreachHandler } from './draft-outreach/draft-outreach.handler';
import { DraftOutreachController } from './draft-outreach/draft-outreach.http.controller';
import { FollowUpDueHandler } from './follow-up-due/follow-up-due.handler';
import { FollowUpDueController } from './follow-up-due/follow-up-due.http.controller';
import { GetOutreachHandler } from './get-outreach/get-outreach.handler';
import { GetOutreachController } from './get-outreach/get-outreach.http.controller';
import { FunnelWeeksHandler } from './institution-funnel/funnel-weeks.handler';
import { InstitutionFunnelHandler } from './institution-funnel/institution-funnel.handler';
import { InstitutionFunnelController } from './institution-funnel/institution-funnel.http.controller';
import { MarkUnresponsiveHandler } from './mark-unresponsive/mark-unresponsive.handler';
import { MarkUnresponsiveController } from './mark-unresponsive/mark-unresponsive.http.controller';
import { GetMemberProfileHandler } from './member-profile/get-member-profile.handler';
import { MemberProfileController } from './member-profile/member-profile.http.controller';
import { PutMemberProfileHandler } from './member-profile/put-member-profile.handler';
import { PipelineBoardHandler } from './pipeline-board/pipeline-board.handler';
import { PipelineBoardController } from './pipeline-board/pipeline-board.http.controller';
import { RecordResponseHandler } from './record-response/record-response.handler';
import { RecordResponseController } from './record-response/record-response.http.controller';
import { SendFollowUpHandler } from './send-follow-up/send-follow-up.handler';
import { SendFollowUpController } from './send-follow-up/send-follow-up.http.controller';
import { SendOutreachHandler } from './send-outreach/send-outreach.handler';
import { SendOutreachController } from './send-outreach/send-outreach.http.controller';
import { SetAutoSendHandler } from './set-auto-send/set-auto-send.handler';
import { SetAutoSendController } from './set-auto-send/set-auto-send.http.controller';

export const OUTREACH_CONTROLLERS = [
  CheckGuidanceController,
  InstitutionFunnelController,
  MemberProfileController,
  PipelineBoardController,
  ComposeRequestController,
  DraftOutreachController,
  SendOutreachController,
  FollowUpDueController,
  SendFollowUpController,
  RecordResponseController,
  MarkUnresponsiveController,
  CloseOutreachController,
  SetAutoSendController,
  GetOutreachController,
];

export const OUTREACH_HANDLERS = [
  CheckGuidanceHandler,
  InstitutionFunnelHandler,
  FunnelWeeksHandler,
  PutMemberProfileHandler,
  GetMemberProfileHandler,
  PipelineBoardHandler,
  ComposeRequestHandler,
  DraftOutreachHandler,
  SendOutreachHandler,
  FollowUpDueHandler,
  SendFollowUpHandler,
  RecordResponseHandler,
  MarkUnresponsiveHandler,
  CloseOutreachHandler,
  ReopenOutreachHandler,
  SetAutoSendHandler,
  GetOutreachHandler,
];
