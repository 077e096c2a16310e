import { type RefObject, useEffect, useState } from 'react';

/** True once the element comes within a screenful of the visible area (and from then on). */
export function useNearView(ref: RefObject<Element | null>, already: boolean): boolean {
  // without IntersectionObserver (an old browser, a test DOM) everything mounts at once
  const [near, setNear] = useState(already || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) {
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
