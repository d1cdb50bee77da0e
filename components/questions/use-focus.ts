import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes focus whenever `key` changes to something truthy: a new question's heading, a result,
 * the feedback after an answer. Keyboard and screen-reader users then start reading where the page changed.
 */
export function useFocusOn<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  return ref;
}
