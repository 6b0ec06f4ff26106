import { ChoiceSelect } from '../compose/choice-select';
import { type ColumnMapping, MAPPABLE_FIELDS, type MappableField } from './contact-import';

const NOT_IN_FILE = '';

interface ColumnMappingFieldsProps {
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly onChange: (mapping: ColumnMapping) => void;
}

/** One choice per contact field: which of the file's columns fills it, if any. */
export function ColumnMappingFields({ headers, mapping, onChange }: ColumnMappingFieldsProps) {
  const choices = [
    { id: NOT_IN_FILE, label: 'Not in the file' },
    ...headers.map((header) => ({ id: header, label: header })),
  ];
  function pick(field: MappableField, header: string) {
    const next: ColumnMapping = { ...mapping };
    if (header === NOT_IN_FILE) delete next[field];
    else next[field] = header;
    onChange(next);
  }
  return (
    <fieldset className="column-mapping">
      <legend>Which column holds what</legend>
      {MAPPABLE_FIELDS.map(([field, label]) => (
        <ChoiceSelect
          key={field}
          label={label}
          choices={choices}
          selected={mapping[field] ?? NOT_IN_FILE}
          onSelect={(header) => pick(field, header)}
        />
      ))}
    </fieldset>
  );
}
