/** A contact as it leaves Rapport in a member's export: their own data, in full. */
export interface ExportedContact {
  contactId: string;
  givenName: string;
  familyName: string;
  email?: string;
  linkedinUrl?: string;
  phone?: string;
  organisation?: string;
  role?: string;
  industry?: string;
  howWeMet?: string;
  tags: string[];
  warmth?: 'warm' | 'cold';
  source?: string;
  referredByName?: string;
  archived: boolean;
}
