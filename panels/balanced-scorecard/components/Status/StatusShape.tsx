import { useTheme2 } from '@grafana/ui';
import { type ViewStatus } from '../../data/model';
import { STATUS_LABEL, statusColor } from '../../data/status';

// Drawn shapes, not Grafana's Icon: a panel shows hundreds and each Icon parses an SVG file when it mounts.
const MARKS: Record<ViewStatus, string> = {
  ok: 'M7 12.5l3.2 3.2L17 9',
  warning: 'M12 8v5M12 16.5v.5',
  critical: 'M8.5 8.5l7 7M15.5 8.5l-7 7',
  'no-data': 'M9.8 9.6a2.3 2.3 0 1 1 3 2.2c-.6.3-.8.7-.8 1.4M12 16.5v.5',
  unscored: 'M8 12h8',
};

/** The status as a small outlined shape in its colour (a triangle for warnings, else a circle), named for screen readers. */
export function StatusShape({ status, label = STATUS_LABEL[status] }: { status: ViewStatus; label?: string }) {
  const color = statusColor(useTheme2(), status);
  return (
    <svg width="1em" height="1em" viewBox="0 0 24 24" role="img" aria-label={label} style={{ flexShrink: 0 }}>
      {status === 'warning' ? (
        <path d="M12 3.5L21.5 20h-19z" fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" />
      ) : (
        <circle cx={12} cy={12} r={9} fill="none" stroke={color} strokeWidth={2} />
      )}
      <path d={MARKS[status]} fill="none" stroke={color} strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
