import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { BOARD_COLUMNS, type BoardCard, COLUMN_LABELS, fetchBoard } from './pipeline';
import { RelationshipTimeline } from './relationship-timeline';

/** Pipeline: every relationship by where it stands, and the timeline of the one opened. */
export function PipelinePage() {
  const session = useOutletContext<Session>();
  const [opened, setOpened] = useState<BoardCard | null>(null);
  const board = useQuery({
    queryKey: ['pipeline', session.personId],
    queryFn: () => fetchBoard(session.personId),
  });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Pipeline</h1>
      {board.isPending && <p role="status">Loading your pipeline…</p>}
      {board.isError && <ProblemPanel error={board.error} retry={() => void board.refetch()} />}
      {board.isSuccess && board.data.total === 0 && (
        <p className="empty">
          No requests yet. Draft one for a contact in your network and it appears here.
        </p>
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
      {opened && <RelationshipTimeline memberId={session.personId} card={opened} />}
    </section>
  );
}
