import { type ViewStatus } from '../../data/model';
import { STATUS_LABEL } from '../../data/status';
import { StatusShape } from './StatusShape';

/** The status's mark in its colour, named for screen readers and on hover. */
export function StatusIcon({ status, size = 'md' }: { status: ViewStatus; size?: 'sm' | 'md' | 'lg' }) {
  const em = { sm: 0.875, md: 1, lg: 1.25 }[size];
  return (
    <span style={{ display: 'inline-flex', fontSize: `${em}em`, lineHeight: 0 }} title={STATUS_LABEL[status]}>
      <StatusShape status={status} />
    </span>
  );
}
