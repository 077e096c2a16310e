import { type ReactNode, useRef } from 'react';
import { useNearView } from '../../../shared/components/useNearView';

interface Props {
  eager: boolean;
  /** Height in px of the placeholder row until the rows mount. */
  estimate: number;
  columns: number;
  children: ReactNode;
}

/** Table rows below the fold mount when they scroll near; until then one empty row of their height stands in. */
export function LazyRows({ eager, estimate, columns, children }: Props) {
  const ref = useRef<HTMLTableRowElement>(null);
  const near = useNearView(ref, eager);
  return near ? (
    <>{children}</>
  ) : (
    <tr ref={ref} aria-hidden>
      <td colSpan={columns} style={{ height: estimate, padding: 0, border: 'none' }} />
    </tr>
  );
}
