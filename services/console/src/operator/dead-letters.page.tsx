import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import '../admin/admin-area.css';
import { TableScroll } from '../admin/table-scroll';
import { DeadLetterRow } from './dead-letter-row';
import { fetchDeadLetters } from './operations';
import './operations.css';

/**
 * Messages a consumer could not process, with why, read a page at a time from the dead-letter
 * topic. Only where each came from and why: never the message itself (members' notes and
 * messages travel in them).
 */
export function DeadLettersPage() {
  const [typed, setTyped] = useState('');
  const [group, setGroup] = useState('');
  const letters = useInfiniteQuery({
    queryKey: ['operations', 'dead-letters', group],
    queryFn: ({ pageParam }) => fetchDeadLetters(group, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next,
  });
  const rows = letters.data?.pages.flatMap((page) => page.letters) ?? [];
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Dead letters</h1>
      <p>
        Replay a letter once its cause is fixed: it goes back to its topic for the group that failed
        it, once, however often the button is pressed.
      </p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          setGroup(typed.trim());
        }}
      >
        <TextField value={typed} onChange={setTyped}>
          <Label>Consumer group</Label>
          <Input />
        </TextField>
        <Button type="submit">Show</Button>
      </form>
      {letters.isPending && <p role="status">Reading the dead-letter topic…</p>}
      {letters.isError && (
        <ProblemPanel error={letters.error} retry={() => void letters.refetch()} />
      )}
      {letters.isSuccess && rows.length === 0 && !letters.hasNextPage && (
        <p role="status">No dead letters{group ? ` for ${group}` : ''}.</p>
      )}
      {rows.length > 0 && (
        <TableScroll label="Dead letters">
          <table>
            <caption>Dead letters, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Letter</th>
                <th scope="col">Group</th>
                <th scope="col">From</th>
                <th scope="col">Event</th>
                <th scope="col">Why</th>
                <th scope="col">Failed at</th>
                <th scope="col">Replay</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((letter) => (
                <DeadLetterRow key={letter.id} letter={letter} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {letters.hasNextPage && (
        <Button
          isDisabled={letters.isFetchingNextPage}
          onPress={() => void letters.fetchNextPage()}
        >
          {letters.isFetchingNextPage ? 'Reading more…' : 'Read more'}
        </Button>
      )}
    </section>
  );
}
