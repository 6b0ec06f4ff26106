import { z } from 'zod';
import { listContactsRequest } from '../list-contacts/list-contacts.request';

export const exportContactsRequest = listContactsRequest
  .omit({ limit: true, cursor: true })
  .extend({ format: z.enum(['csv', 'vcard']).default('csv') });
export type ExportContactsRequest = z.output<typeof exportContactsRequest>;
