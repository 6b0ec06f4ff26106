import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import { fetchMailLog, MAIL_STATUSES, type MailStatus } from './mail-log';
import '../admin/admin-area.css';
import { TableScroll } from '../admin/table-scroll';

/** Mail log: the institution's last hundred notifications and what became of each email. */
export function MailLogPage() {
  const [status, setStatus] = useState<MailStatus | 'any'>('any');
  const log = useQuery({
    queryKey: ['operations', 'mail', status],
    queryFn: () => fetchMailLog(status),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Mail log</h1>
      <div className="filters">
        <Select selectedKey={status} onSelectionChange={(key) => setStatus(key as MailStatus)}>
          <Label>Status</Label>
          <Button>
            <SelectValue />
          </Button>
          <Popover>
            <ListBox>
              {(['any', ...MAIL_STATUSES] as const).map((value) => (
                <ListBoxItem key={value} id={value}>
                  {value}
                </ListBoxItem>
              ))}
            </ListBox>
          </Popover>
        </Select>
      </div>
      {log.isPending && <p role="status">Loading the mail log…</p>}
      {log.isError && <ProblemPanel error={log.error} retry={() => void log.refetch()} />}
      {log.isSuccess && log.data.length === 0 && (
        <p className="empty">No mail {status === 'any' ? '' : `with status ${status} `}yet.</p>
      )}
      {log.isSuccess && log.data.length > 0 && (
        <TableScroll label="Notifications">
          <table>
            <caption>{log.data.length} most recent notifications</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Kind</th>
                <th scope="col">Member</th>
                <th scope="col">Email</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {log.data.map((mail) => (
                <tr key={mail.id}>
                  <td>{new Date(mail.createdAt).toLocaleString()}</td>
                  <th scope="row">{mail.subject ?? mail.kind}</th>
                  <td>{mail.memberId}</td>
                  <td className={mail.email.status === 'failed' ? 'stuck' : undefined}>
                    {mail.email.status}
                    {mail.email.reason ? `: ${mail.email.reason}` : ''}
                  </td>
                  <td>{mail.email.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
