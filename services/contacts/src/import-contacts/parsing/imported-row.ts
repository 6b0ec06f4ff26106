/**
 * One contact as read from an import file: structured, trimmed, but not yet validated. Validation
 * (email, URL, lengths) happens later with the same rules as adding a contact by hand.
 */
export interface ImportedContact {
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
  /** ISO date (YYYY-MM-DD), when the file says when the member connected with this person. */
  connectedOn?: string;
}

/**
 * `row` is what the member would look for in their own copy of the file: for CSV the physical
 * line where the record starts, for vCard the position of the card (1-based).
 */
export interface ImportedRow {
  row: number;
  contact: ImportedContact;
}

export type ImportFileProblem = 'encoding' | 'no_header' | 'too_large' | 'malformed' | 'empty';

/** The whole file is refused: nothing in it is imported. */
export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    message: string,
    readonly rows: readonly number[] = [],
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 20_000 };
