import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import { fetchAuditPage, utcDay } from './audit';
import './admin-area.css';
import { TableScroll } from './table-scroll';

/** Audit log: who changed what, newest first, one UTC day at a time, page by page. */
export function AuditPage() {
  const [day, setDay] = useState(() => utcDay(new Date()));
  // The cursors of the pages seen so far, so "Newer" goes back the way "Older" came.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors.at(-1);
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const page = useQuery({
    queryKey: ['audit', day, before],
    queryFn: () => fetchAuditPage(day, before),
    enabled: validDay,
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Audit log</h1>
      <div className="filters">
        <TextField
          value={day}
          onChange={(next) => {
            setDay(next);
            setCursors([undefined]);
          }}
          isInvalid={!validDay}
        >
          <Label>Day (UTC, YYYY-MM-DD)</Label>
          <Input />
        </TextField>
      </div>
      {page.isPending && validDay && <p role="status">Loading the audit log…</p>}
      {page.isError && <ProblemPanel error={page.error} retry={() => void page.refetch()} />}
      {page.isSuccess && page.data.records.length === 0 && (
        <p className="empty">Nothing was changed on {day}.</p>
      )}
      {page.isSuccess && page.data.records.length > 0 && (
        <TableScroll label="Audit records">
          <table>
            <caption>Changes on {day}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {page.data.records.map((record) => (
                <tr key={record.seq}>
                  <td>{record.at.slice(11, 19)}</td>
                  <td>
                    {record.actor.id} ({record.actor.role})
                  </td>
                  <th scope="row">{record.action}</th>
                  <td>{record.target}</td>
                  <td>
                    {record.outcome < 400
                      ? `done (${record.outcome})`
                      : `refused (${record.outcome})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className="row">
        <Button isDisabled={cursors.length < 2} onPress={() => setCursors(cursors.slice(0, -1))}>
          Newer
        </Button>
        <Button
          isDisabled={page.data?.next === undefined}
          onPress={() => setCursors([...cursors, page.data?.next])}
        >
          Older
        </Button>
      </div>
    </section>
  );
}
