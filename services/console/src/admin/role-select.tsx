import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import type { Role } from '../session/session';
import { ROLES } from './people';

/** A role picker; `name` puts it in a form's data. */
export function RoleSelect({
  label,
  name,
  value,
  onChange,
}: {
  label: string;
  name?: string;
  value?: Role;
  onChange?: (role: Role) => void;
}) {
  return (
    <Select
      name={name}
      {...(value ? { selectedKey: value } : { defaultSelectedKey: 'member' })}
      onSelectionChange={(key) => onChange?.(key as Role)}
    >
      <Label>{label}</Label>
      <Button>
        <SelectValue />
      </Button>
      <Popover>
        <ListBox>
          {ROLES.map((role) => (
            <ListBoxItem key={role} id={role}>
              {role}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
