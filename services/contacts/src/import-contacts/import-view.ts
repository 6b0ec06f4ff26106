import type { ImportDocument } from './contact-imports';

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
    rows: doc.rows.map((row) =>
      row.outcome === 'new'
        ? {
            row: row.row,
            outcome: row.outcome,
            name: `${row.contact.details.givenName} ${row.contact.details.familyName}`,
            contactId: doc.result?.contactIds[row.row] ?? null,
          }
        : row,
    ),
    result: doc.result
      ? { added: doc.result.added, duplicateSinceDryRun: doc.result.duplicateSinceDryRun }
      : null,
  };
}
