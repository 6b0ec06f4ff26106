import { Button, Input, Label, TextField } from 'react-aria-components';
import type { Role } from '../session/session';
import { RoleSelect } from './role-select';

export interface MappingRow {
  readonly key: number;
  readonly claimValue: string;
  readonly role: Role;
}

/**
 * Claim value → role, one row each: what the provider's role claim may hold, and the role it
 * grants here. Rows are kept by the page, so typing never loses a row to a re-render.
 */
export function RoleMappingEditor({
  rows,
  error,
  onChange,
}: {
  rows: readonly MappingRow[];
  error?: string;
  onChange: (rows: MappingRow[]) => void;
}) {
  const update = (key: number, change: Partial<MappingRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <fieldset className="mapping" aria-describedby={error ? 'mapping-error' : undefined}>
      <legend>Claim value → role</legend>
      {rows.length === 0 && <p className="empty">No values mapped: nobody would get a role.</p>}
      {rows.map((row, index) => (
        <div className="row" key={row.key}>
          <TextField
            value={row.claimValue}
            onChange={(value) => update(row.key, { claimValue: value })}
          >
            <Label>Claim value {index + 1}</Label>
            <Input />
          </TextField>
          <RoleSelect
            label={`Role for value ${index + 1}`}
            value={row.role}
            onChange={(role) => update(row.key, { role })}
          />
          <Button onPress={() => onChange(rows.filter((other) => other.key !== row.key))}>
            Remove value {index + 1}
          </Button>
        </div>
      ))}
      <Button
        onPress={() =>
          onChange([
            ...rows,
            { key: Math.max(0, ...rows.map((row) => row.key)) + 1, claimValue: '', role: 'member' },
          ])
        }
      >
        Add a claim value
      </Button>
      {error && (
        <p id="mapping-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
