import { css } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { Stack, Text, useStyles2 } from '@grafana/ui';
import { type VersionRecord } from '../data/api';
import { catalogTestIds } from '../testIds';
import { StateBadge } from './StateBadge';

const when = (iso: string | null) => (iso === null ? '—' : dateTimeFormat(iso, { format: 'YYYY-MM-DD HH:mm' }));

/** The KPI's versions, newest first, as a timeline. */
export function VersionTimeline({ versions }: { versions: VersionRecord[] }) {
  const styles = useStyles2(getStyles);
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <ol className={styles.timeline}>
      {newestFirst.map((v) => (
        <li key={v.version} className={styles.item} data-testid={catalogTestIds.kpi.version(v.version)}>
          <Stack direction="row" gap={1} alignItems="center" wrap="wrap">
            <Text weight="medium">v{v.version}</Text>
            <StateBadge state={v.state} />
            <Text color="secondary">{v.message || 'no message'}</Text>
          </Stack>
          <Text color="secondary" variant="bodySmall">
            by {v.author}, {when(v.createdAt)}
            {v.approver === null
              ? ''
              : `; ${v.state === 'rejected' ? 'rejected' : 'approved'} by ${v.approver}, ${when(v.decidedAt)}`}
            {v.effectiveFrom === null ? '' : `; in force from ${when(v.effectiveFrom)}`}
          </Text>
        </li>
      ))}
    </ol>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  timeline: css({ listStyle: 'none', margin: 0, padding: 0, borderLeft: `2px solid ${theme.colors.border.medium}` }),
  item: css({
    padding: theme.spacing(0.5, 0, 1, 2),
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
  }),
});
