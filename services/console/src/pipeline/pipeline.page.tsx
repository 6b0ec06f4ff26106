import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { BOARD_COLUMNS, type BoardCard, COLUMN_LABELS, fetchBoard } from './pipeline';
import { RelationshipTimeline } from './relationship-timeline';

/** Every relationship of a member by where it stands, and the timeline of the one opened. */
export function PipelineBoard({ memberId }: { memberId: string }) {
  const [opened, setOpened] = useState<BoardCard | null>(null);
  const board = useQuery({
    queryKey: ['pipeline', memberId],
    queryFn: () => fetchBoard(memberId),
  });
  return (
    <>
      {board.isPending && <p role="status">Loading your pipeline…</p>}
      {board.isError && <ProblemPanel error={board.error} retry={() => void board.refetch()} />}
      {board.isSuccess && board.data.total === 0 && (
        <p className="empty">No requests yet. A request drafted for a contact appears here.</p>
      )}
      {board.isSuccess && board.data.total > 0 && (
        <div className="board">
          {BOARD_COLUMNS.map((column) => (
            <section key={column} aria-labelledby={`column-${column}`} className="column">
              <h2 id={`column-${column}`}>
                {COLUMN_LABELS[column]} ({board.data.columns[column].length})
              </h2>
              <ul>
                {board.data.columns[column].map((card) => (
                  <li key={card.contactId}>
                    <Button
                      onPress={() => setOpened(card)}
                      aria-pressed={opened?.contactId === card.contactId}
                    >
                      {card.name ?? 'Unnamed contact'}
                      {card.organisation ? `, ${card.organisation}` : ''}
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {opened && <RelationshipTimeline memberId={memberId} card={opened} />}
    </>
  );
}

/** Pipeline: the member's own board. */
export function PipelinePage() {
  const session = useOutletContext<Session>();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Pipeline</h1>
      <PipelineBoard memberId={session.personId} />
    </section>
  );
}
