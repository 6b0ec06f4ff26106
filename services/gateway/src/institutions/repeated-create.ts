import { type Creation, creationDifferences, type DomainEvent } from '@rapport/eventstore';
import { ConflictProblem } from '@rapport/platform/http';

/**
 * A create of a stream that exists already: the same request again answers as the first one did
 * (its state and version at creation, whatever happened since); other details under the same id
 * are a 409 naming the fields that differ. Undefined when the stream was never created.
 */
export function answerToRepeat<State>(
  creation: Creation<State> | undefined,
  asked: readonly DomainEvent[],
  what: string,
  comparable: (event: Pick<DomainEvent, 'type' | 'data'>) => Pick<DomainEvent, 'type' | 'data'> = (
    event,
  ) => event,
): { state: State; version: number } | undefined {
  if (!creation) return undefined;
  const differences = creationDifferences(
    asked.map(comparable),
    creation.events.map(({ type, data }) => comparable({ type, data })),
  );
  if (differences.length === 0) return { state: creation.state, version: creation.version };
  throw new ConflictProblem(`${what} exists already with other details`, { differences });
}
