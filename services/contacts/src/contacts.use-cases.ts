import { AddContactHandler } from './add-contact/add-contact.handler';
import { AddContactController } from './add-contact/add-contact.http.controller';
import {
  ArchiveContactHandler,
  RestoreContactHandler,
} from './archive-contact/archive-contact.handler';
import { ArchiveContactController } from './archive-contact/archive-contact.http.controller';
import { ChangeContactDetailsHandler } from './change-contact-details/change-contact-details.handler';
import { ChangeContactDetailsController } from './change-contact-details/change-contact-details.http.controller';
import { ClassifyContactHandler } from './classify-contact/classify-contact.handler';
import { ClassifyContactController } from './classify-contact/classify-contact.http.controller';
import { ContactCountersHandler } from './contact-counters/contact-counters.handler';
import { ContactCountersController } from './contact-counters/contact-counters.http.controller';
import { EraseContactHandler } from './erase-contact/erase-contact.handler';
import { EraseContactController } from './erase-contact/erase-contact.http.controller';
import { ExportContactsHandler } from './export-contacts/export-contacts.handler';
import { ExportContactsController } from './export-contacts/export-contacts.http.controller';
import { GetContactHandler } from './get-contact/get-contact.handler';
import { GetContactController } from './get-contact/get-contact.http.controller';
import {
  CommitImportHandler,
  DryRunImportHandler,
  GetImportHandler,
} from './import-contacts/import-contacts.handlers';
import { ImportContactsController } from './import-contacts/import-contacts.http.controller';
import { ListContactsHandler } from './list-contacts/list-contacts.handler';
import { ListContactsController } from './list-contacts/list-contacts.http.controller';
import { RecordReferralHandler } from './record-referral/record-referral.handler';
import { RecordReferralController } from './record-referral/record-referral.http.controller';
import { ReferralGraphHandler } from './referral-graph/referral-graph.handler';
import { ReferralGraphController } from './referral-graph/referral-graph.http.controller';
import { AddResearchNoteHandler } from './research-notes/add-research-note.handler';
import { EditResearchNoteHandler } from './research-notes/edit-research-note.handler';
import { ResearchNotesController } from './research-notes/research-notes.http.controller';
import { TagContactHandler, UntagContactHandler } from './tag-contact/tag-contact.handler';
import { TagContactController } from './tag-contact/tag-contact.http.controller';

/** Static routes (export) are listed before parameterised ones that could shadow them. */
export const CONTACT_CONTROLLERS = [
  ExportContactsController,
  ImportContactsController,
  AddContactController,
  ListContactsController,
  GetContactController,
  ChangeContactDetailsController,
  ClassifyContactController,
  TagContactController,
  RecordReferralController,
  ResearchNotesController,
  ArchiveContactController,
  EraseContactController,
  ReferralGraphController,
  ContactCountersController,
];

export const CONTACT_HANDLERS = [
  AddContactHandler,
  ChangeContactDetailsHandler,
  ClassifyContactHandler,
  TagContactHandler,
  UntagContactHandler,
  RecordReferralHandler,
  AddResearchNoteHandler,
  EditResearchNoteHandler,
  ArchiveContactHandler,
  RestoreContactHandler,
  EraseContactHandler,
  DryRunImportHandler,
  CommitImportHandler,
  GetImportHandler,
  GetContactHandler,
  ListContactsHandler,
  ReferralGraphHandler,
  ContactCountersHandler,
  ExportContactsHandler,
];
