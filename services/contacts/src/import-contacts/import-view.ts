import { type ImportDocument, rowContactId } from './contact-imports';

/** An import as the API shows it: each row's outcome, and the result once committed. */
export function importView(doc: ImportDocument) {
  return {
    importId: doc._id,
    memberId: doc.memberId,
    format: doc.format,
    status: doc.status,
    createdAt: doc.createdAt,
    committedAt: doc.committedAt ?? null,
    summary: doc.summary,
    rows: doc.rows.map((row) => {
      if (row.outcome !== 'new') return row;
      const name = `${row.contact.details.givenName} ${row.contact.details.familyName}`;
      const clashedWith = doc.result?.clashedWith[String(row.row)];
      if (clashedWith) {
        // New at the dry run, but someone added this person before the commit.
        return {
          row: row.row,
          outcome: 'duplicate',
          duplicateOf: { contactId: clashedWith },
          name,
        };
      }
      const contactId = doc.result ? rowContactId(doc._id, row.row) : null;
      return { row: row.row, outcome: row.outcome, name, contactId };
    }),
    result: doc.result
      ? { added: doc.result.added, duplicateSinceDryRun: doc.result.duplicateSinceDryRun }
      : null,
  };
}
