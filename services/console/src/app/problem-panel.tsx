import { Button } from 'react-aria-components';
import { adviceFor } from './problem';

/** Every failure says what happened and what to do. */
export function ProblemPanel({ error, retry }: { error: Error; retry?: () => void }) {
  return (
    <div role="alert" className="problem">
      <p>
        <strong>{error.message}</strong>
      </p>
      <p>{adviceFor(error)}</p>
      {retry && <Button onPress={retry}>Try again</Button>}
    </div>
  );
}
