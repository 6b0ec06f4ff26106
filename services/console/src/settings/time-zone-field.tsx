import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';

/** Every IANA zone the browser knows (the services accept the same names). */
const ZONES: readonly { id: string }[] = Intl.supportedValuesOf('timeZone').map((id) => ({ id }));

export const BROWSER_TIME_ZONE: string = Intl.DateTimeFormat().resolvedOptions().timeZone;

interface TimeZoneFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (zone: string) => void;
}

/** A searchable list of time zones: typing "Lon" finds Europe/London. */
export function TimeZoneField({ label, value, onChange }: TimeZoneFieldProps) {
  return (
    <ComboBox
      selectedKey={value}
      onSelectionChange={(key) => {
        if (key !== null) onChange(String(key));
      }}
      defaultItems={ZONES}
      menuTrigger="focus"
    >
      <Label>{label}</Label>
      <Input />
      <Popover>
        <ListBox className="zone-list">
          {(zone: { id: string }) => <ListBoxItem id={zone.id}>{zone.id}</ListBoxItem>}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
