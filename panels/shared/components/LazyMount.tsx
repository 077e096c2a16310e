import { type ReactNode, useRef } from 'react';
import { useNearView } from './useNearView';

interface Props {
  /** Render at once (it is in view on the first paint). */
  eager: boolean;
  /** Height in px of the placeholder until the content mounts. */
  estimate: number;
  children: ReactNode;
}

/** Content below the fold mounts when it scrolls near: hundreds of KPIs paint in the time of the visible few. */
export function LazyMount({ eager, estimate, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearView(ref, eager);
  return near ? <>{children}</> : <div ref={ref} style={{ minHeight: estimate }} aria-hidden />;
}
