import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FileTrigger, Label, ProgressBar, Radio, RadioGroup } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { ColumnMappingFields } from './column-mapping.fields';
import {
  type ColumnMapping,
  commitImport,
  dryRunImport,
  FORMAT_LABELS,
  formatOfFileName,
  guessMapping,
  IMPORT_FORMATS,
  type ImportFormat,
} from './contact-import';
import '../member/member-controls.css';
import './import.css';
import { ImportRowsTable } from './import-rows.table';

interface ChosenFile {
  readonly file: File;
  readonly headers: readonly string[];
}

/**
 * The import in four steps on one screen: choose a file, say which column holds what (CSV only),
 * look at the dry run's row-by-row outcome, then commit the new rows. Nothing is stored before
 * the commit except the dry run itself.
 */
export function ImportWizard({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [readError, setReadError] = useState<string | null>(null);
  const dryRun = useMutation({
    mutationFn: (file: File) => dryRunImport(session, file, format, mapping),
  });
  const commit = useMutation({
    mutationFn: (importId: string) => commitImport(session, importId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', session.personId] }),
  });

  async function choose(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    dryRun.reset();
    commit.reset();
    setReadError(null);
    const guessed = formatOfFileName(file.name);
    setFormat(guessed);
    try {
      // The CSV parser (with its Buffer shim) loads only when a file is chosen.
      const { csvHeaders } = await import('./csv-headers');
      const headers = guessed === 'vcard' ? [] : csvHeaders(await file.slice(0, 64 * 1024).text());
      setChosen({ file, headers });
      setMapping(guessMapping(headers));
    } catch {
      setChosen({ file, headers: [] });
      setReadError(
        'The first line of this file could not be read as CSV column names. Check that it is a CSV file, or choose the vCard format.',
      );
    }
  }

  const preview = dryRun.data;
  const result = commit.data;
  return (
    <section aria-labelledby="import-title" className="import-wizard">
      <h2 id="import-title">Import contacts</h2>
      <ol className="steps">
        <li>
          <h3>Choose a file</h3>
          <FileTrigger
            acceptedFileTypes={['.csv', '.vcf', '.vcard', 'text/csv', 'text/vcard']}
            onSelect={(files) => void choose(files)}
          >
            <Button>{chosen ? 'Choose another file' : 'Choose a file'}</Button>
          </FileTrigger>
          {chosen && (
            <p role="status">
              Chosen: {chosen.file.name} ({Math.ceil(chosen.file.size / 1024)} kB)
            </p>
          )}
          {readError && <p role="alert">{readError}</p>}
        </li>
        {chosen && (
          <li>
            <h3>Say what is in it</h3>
            <RadioGroup
              value={format}
              onChange={(value) => {
                const next = IMPORT_FORMATS.find((f) => f === value);
                if (next) setFormat(next);
                dryRun.reset();
              }}
            >
              <Label>Kind of file</Label>
              {IMPORT_FORMATS.map((value) => (
                <Radio key={value} value={value}>
                  {FORMAT_LABELS[value]}
                </Radio>
              ))}
            </RadioGroup>
            {format === 'csv' && (
              <ColumnMappingFields
                headers={chosen.headers}
                mapping={mapping}
                onChange={(next) => {
                  setMapping(next);
                  dryRun.reset();
                }}
              />
            )}
            <Button onPress={() => dryRun.mutate(chosen.file)} isDisabled={dryRun.isPending}>
              {dryRun.isPending ? 'Checking the file…' : 'Check the file (nothing is added yet)'}
            </Button>
            {dryRun.isPending && (
              <ProgressBar aria-label="Checking the file" isIndeterminate className="progress">
                <div className="bar" />
              </ProgressBar>
            )}
            {dryRun.isError && <ProblemPanel error={dryRun.error} />}
          </li>
        )}
        {preview && (
          <li>
            <h3>Check the rows</h3>
            <ImportRowsTable preview={result ?? preview} />
            {!result && (
              <Button
                onPress={() => commit.mutate(preview.importId)}
                isDisabled={commit.isPending || preview.summary.new === 0}
              >
                {preview.summary.new === 0
                  ? 'Nothing new to add'
                  : `Add ${preview.summary.new} new contact${preview.summary.new === 1 ? '' : 's'}`}
              </Button>
            )}
            {commit.isPending && (
              <ProgressBar
                aria-label={`Adding ${preview.summary.new} contacts`}
                isIndeterminate
                className="progress"
              >
                <span>Adding {preview.summary.new} contacts…</span>
                <div className="bar" />
              </ProgressBar>
            )}
            {commit.isError && (
              <ProblemPanel error={commit.error} retry={() => commit.mutate(preview.importId)} />
            )}
            {result?.result && (
              <p role="status" className="import-done">
                Added {result.result.added} contact{result.result.added === 1 ? '' : 's'} to your
                network
                {result.result.duplicateSinceDryRun > 0
                  ? `; ${result.result.duplicateSinceDryRun} had been added meanwhile and were skipped`
                  : ''}
                .
              </p>
            )}
          </li>
        )}
      </ol>
    </section>
  );
}
