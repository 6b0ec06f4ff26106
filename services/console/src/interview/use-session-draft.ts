import { useEffect, useState } from 'react';

/**
 * Text kept in this tab's sessionStorage as it is typed, so a reload in the middle of a
 * conversation loses no notes; sessionStorage (not localStorage) so they do not outlive the tab
 * on a shared computer. The service receives them when the conversation is completed.
 */
export function useSessionDraft(key: string): [string, (text: string) => void, () => void] {
  const [text, setText] = useState(() => sessionStorage.getItem(key) ?? '');
  useEffect(() => {
    if (text === '') sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, text);
  }, [key, text]);
  return [text, setText, () => setText('')];
}
