import { useLayoutEffect, useRef } from 'react';

/** A ref that gives its element the full text as a title while the element shows it cut off. */
export function useOverflowTitle<T extends HTMLElement>(text: string, width?: number) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) {
      return;
    }
    if (element.scrollWidth > element.clientWidth) {
      element.title = text;
    } else {
      element.removeAttribute('title');
    }
  }, [text, width]);
  return ref;
}
