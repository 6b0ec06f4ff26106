import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`: the editor asks for guidance on a pause
 * in typing, not on every key (a screen-only delay, not business time).
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
