import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';

export interface Choice {
  readonly id: string;
  readonly label: string;
}

interface ChoiceSelectProps {
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
  readonly placeholder?: string;
  readonly isDisabled?: boolean;
}

/** react-aria's Select over plain choices: keyboard, typeahead and the label come with it. */
export function ChoiceSelect({
  label,
  choices,
  selected,
  onSelect,
  placeholder,
  isDisabled,
}: ChoiceSelectProps) {
  return (
    <Select
      selectedKey={selected}
      onSelectionChange={(key) => onSelect(String(key))}
      placeholder={placeholder ?? 'Choose…'}
      isDisabled={isDisabled}
    >
      <Label>{label}</Label>
      <Button>
        <SelectValue />
      </Button>
      <Popover>
        <ListBox items={choices}>
          {(choice) => <ListBoxItem id={choice.id}>{choice.label}</ListBoxItem>}
        </ListBox>
      </Popover>
    </Select>
  );
}
