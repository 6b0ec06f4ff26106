import type { ContactImport, ImportRow } from './contact-import';

const OUTCOME_WORDS = {
  new: 'New: will be added',
  duplicate: 'Duplicate: already in your network',
  invalid: 'Invalid: will be left out',
} as const;

function detailOf(row: ImportRow): string {
  switch (row.outcome) {
    case 'new':
      return row.name;
    case 'duplicate':
      return 'row' in row.duplicateOf
        ? `${row.name} (same as row ${row.duplicateOf.row})`
        : `${row.name} (a contact you have)`;
    case 'invalid':
      return row.errors
        .map((error) => `${error.pointer.replace(/^\//, '')}: ${error.detail}`)
        .join('; ');
    default: {
      const never: never = row;
      return never;
    }
  }
}

/** The dry run, row by row: what the commit will add, skip as a duplicate, or leave out. */
export function ImportRowsTable({ preview }: { preview: ContactImport }) {
  const { summary } = preview;
  return (
    <>
      <p role="status" className="import-summary">
        {summary.rows} rows: <strong>{summary.new} new</strong>, {summary.duplicate} duplicate,{' '}
        {summary.invalid} invalid.
      </p>
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="dry-run-caption">
        <table className="import-rows">
          <caption id="dry-run-caption">What the import will do, row by row</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Outcome</th>
              <th scope="col">Contact or problem</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row} className={`outcome-${row.outcome}`}>
                <td>{row.row}</td>
                <td>{OUTCOME_WORDS[row.outcome]}</td>
                <td>{detailOf(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
