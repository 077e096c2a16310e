// Lazily mounted content in jsdom: tell every IntersectionObserver its elements came into view (tests/jest/setup.js).
import { act } from '@testing-library/react';

export function scrollEverythingNear(): void {
  const fire: unknown = Reflect.get(globalThis, '__intersectAll');
  if (typeof fire !== 'function') {
    throw new Error('tests/jest/setup.js did not install __intersectAll');
  }
  act(() => {
    fire();
  });
}
