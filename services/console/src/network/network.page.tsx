import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SearchField,
  Input,
  Select,
  SelectValue,
  Button,
} from 'react-aria-components';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { ReferralGraphSection } from '../graph/referral-graph.section';
import { ImportWizard } from '../import/import-wizard';
import { AddContactForm } from './add-contact.form';
import { contactName, fetchContacts, WARMTH_FILTERS, type WarmthFilter } from './contacts';

/** A member's contacts, searched and filtered by the contacts service (coaches read them too). */
export function ContactsSection({ memberId }: { memberId: string }) {
  const [q, setQ] = useState('');
  const [warmth, setWarmth] = useState<WarmthFilter>('any');
  const contacts = useQuery({
    queryKey: ['contacts', memberId, q, warmth],
    queryFn: () => fetchContacts(memberId, { q, warmth }),
    // The list stays while the next filter's answer loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <div className="filters">
        <SearchField value={q} onChange={setQ}>
          <Label>Search by name, organisation or role</Label>
          <Input />
        </SearchField>
        <Select selectedKey={warmth} onSelectionChange={(key) => setWarmth(key as WarmthFilter)}>
          <Label>Warmth</Label>
          <Button>
            <SelectValue />
          </Button>
          <Popover>
            <ListBox>
              {WARMTH_FILTERS.map((value) => (
                <ListBoxItem key={value} id={value}>
                  {value === 'any' ? 'Any' : value === 'warm' ? 'Warm' : 'Cold'}
                </ListBoxItem>
              ))}
            </ListBox>
          </Popover>
        </Select>
      </div>
      {contacts.isPending && <p role="status">Loading your contacts…</p>}
      {contacts.isError && (
        <ProblemPanel error={contacts.error} retry={() => void contacts.refetch()} />
      )}
      {contacts.isSuccess && (
        <>
          <p role="status" className="count">
            {contacts.isFetching
              ? 'Updating…'
              : `${contacts.data.total} contact${contacts.data.total === 1 ? '' : 's'}`}
          </p>
          {contacts.data.items.length === 0 ? (
            <p className="empty">
              {q || warmth !== 'any'
                ? 'No contact matches. Change the search or the filter.'
                : 'No contacts yet.'}
            </p>
          ) : (
            <ul className="contacts" aria-label="Contacts">
              {contacts.data.items.map((contact) => (
                <li key={contact.contactId}>
                  <strong>{contactName(contact)}</strong>
                  <span>
                    {[contact.role, contact.organisation].filter(Boolean).join(' at ') || '—'}
                  </span>
                  {contact.warmth && <span className="tag">{contact.warmth}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

/** Network: the member's contacts, adding one or a whole file of them, and who introduced whom. */
export function NetworkPage() {
  const session = useOutletContext<Session>();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Network</h1>
      <ContactsSection memberId={session.personId} />
      <AddContactForm session={session} />
      <ImportWizard session={session} />
      <ReferralGraphSection memberId={session.personId} />
    </section>
  );
}
