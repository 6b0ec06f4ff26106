import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { ProblemError } from '../app/problem';
import { ProblemPanel } from '../app/problem-panel';
import type { Versioned } from '../app/v1-client';
import type { Session } from '../session/session';
import { fieldErrorsOf } from './field-errors';
import { type CorsOrigins, originFieldOf, replaceCorsOrigins } from './sign-in-settings';

interface OriginRow {
  readonly key: number;
  readonly origin: string;
}

const rowsOf = (origins: readonly string[]): OriginRow[] =>
  origins.map((origin, index) => ({ key: index + 1, origin }));

/**
 * The web origins whose pages may call the API for the institution's people, replaced as one
 * list under If-Match; each origin's refusal is shown on its own row.
 */
export function CorsOriginsForm({
  session,
  current,
  reload,
}: {
  session: Session;
  current: Versioned<CorsOrigins>;
  reload: () => void;
}) {
  const queryClient = useQueryClient();
  // The rows being edited belong to the version they were read from: a save or a reload shows
  // the stored list again, while the save's outcome (kept by this component) stays on screen.
  const { version } = current.value;
  const [edit, setEdit] = useState(() => ({ version, rows: rowsOf(current.value.origins) }));
  const rows = edit.version === version ? edit.rows : rowsOf(current.value.origins);
  const setRows = (changed: OriginRow[]) => setEdit({ version, rows: changed });
  const save = useMutation({
    mutationFn: (origins: string[]) => replaceCorsOrigins(session, current.etag, origins),
    onSuccess: (saved) => queryClient.setQueryData(['admin', 'cors-origins'], saved),
  });
  const fieldErrors = fieldErrorsOf(save.error, originFieldOf);
  const stale = save.error instanceof ProblemError && save.error.status === 412;
  const listError = fieldErrors['origins'];
  const unplaced = save.isError && !stale && Object.keys(fieldErrors).length === 0;

  return (
    <Form
      className="admin-form"
      aria-labelledby="cors-title"
      validationErrors={fieldErrors}
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(rows.map((row) => row.origin.trim()));
      }}
    >
      <h2 id="cors-title">Web origins allowed to call the API</h2>
      {rows.length === 0 && <p className="empty">No other origins: only the console itself.</p>}
      {rows.map((row, index) => {
        const error = fieldErrors[`origins.${index}`];
        return (
          <div className="row" key={row.key}>
            <TextField
              value={row.origin}
              isInvalid={error !== undefined}
              onChange={(origin) =>
                setRows(rows.map((other) => (other.key === row.key ? { ...other, origin } : other)))
              }
            >
              <Label>Origin {index + 1}</Label>
              <Input type="url" aria-describedby={error ? `origin-error-${row.key}` : undefined} />
            </TextField>
            <Button onPress={() => setRows(rows.filter((other) => other.key !== row.key))}>
              Remove origin {index + 1}
            </Button>
            {error && (
              <p id={`origin-error-${row.key}`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <Button
        onPress={() =>
          setRows([...rows, { key: Math.max(0, ...rows.map((row) => row.key)) + 1, origin: '' }])
        }
      >
        Add an origin
      </Button>
      {listError && <p className="field-error">{listError}</p>}
      {stale && (
        <div role="alert" className="problem">
          <p>
            <strong>Someone changed the origins since you opened them.</strong>
          </p>
          <Button onPress={reload}>Load the latest origins</Button>
        </div>
      )}
      {save.isError && !stale && !unplaced && (
        <p role="alert">Some origins need a change: see the messages beside them.</p>
      )}
      {unplaced && <ProblemPanel error={save.error} />}
      {save.isSuccess && <p role="status">Origins saved as version {save.data.value.version}.</p>}
      <Button type="submit" isDisabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save origins'}
      </Button>
    </Form>
  );
}
