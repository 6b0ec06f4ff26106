import { STATUS_WORDS } from './operations';
import './operations.css';

/** A status as a word with a mark and a colour: the word alone must say it (not colour alone). */
export function StatusWord({ status }: { status: string }) {
  const word = STATUS_WORDS[status] ?? status;
  const mark = status === 'up' ? '●' : status === 'down' ? '▲' : '■';
  return (
    <span className={`status-word status-${status}`}>
      <span aria-hidden="true">{mark} </span>
      {word}
    </span>
  );
}
