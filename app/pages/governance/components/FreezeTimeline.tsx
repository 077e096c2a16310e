import { css, cx } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { Text, Tooltip, useStyles2 } from '@grafana/ui';
import { type TimelineLayout } from '../data/timeline';
import { governanceTestIds as ids } from '../testIds';

/** Windows as bars on one time axis (past, now, future), one lane per overlap. */
export function FreezeTimeline({ layout, reasons }: { layout: TimelineLayout; reasons: Record<string, string> }) {
  const styles = useStyles2(getStyles);
  return (
    <div data-testid={ids.timeline}>
      <div className={styles.track} style={{ height: `${layout.lanes * 32 + 8}px` }}>
        <div className={styles.past} style={{ width: `${layout.nowLeft}%` }} />
        {layout.bars.map((b) => (
          <Tooltip key={b.id} content={`${b.id}: ${reasons[b.id] ?? ''} (${b.phase})`}>
            <div
              data-testid={ids.timelineBar(b.id)}
              className={cx(styles.bar, styles.phase[b.phase])}
              style={{ left: `${b.left}%`, width: `${b.width}%`, top: `${b.lane * 32 + 4}px` }}
            >
              {b.id}
            </div>
          </Tooltip>
        ))}
        <div data-testid={ids.timelineNow} className={styles.now} style={{ left: `${layout.nowLeft}%` }} />
      </div>
      <div className={styles.axis}>
        <Text variant="bodySmall" color="secondary">
          {dateTimeFormat(layout.start)}
        </Text>
        <span className={styles.nowLabel} style={{ left: `${layout.nowLeft}%` }}>
          <Text variant="bodySmall" color="secondary">
            now
          </Text>
        </span>
        <Text variant="bodySmall" color="secondary">
          {dateTimeFormat(layout.end)}
        </Text>
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  track: css({
    position: 'relative',
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    overflow: 'hidden',
  }),
  past: css({ position: 'absolute', top: 0, bottom: 0, left: 0, background: theme.colors.action.disabledBackground }),
  bar: css({
    position: 'absolute',
    height: theme.spacing(3),
    padding: theme.spacing(0, 0.5),
    borderRadius: theme.shape.radius.default,
    fontSize: theme.typography.bodySmall.fontSize,
    lineHeight: theme.spacing(3),
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  }),
  phase: {
    past: css({ background: theme.colors.secondary.main, color: theme.colors.secondary.contrastText }),
    active: css({ background: theme.colors.error.main, color: theme.colors.error.contrastText }),
    upcoming: css({ background: theme.colors.warning.main, color: theme.colors.warning.contrastText }),
  },
  now: css({
    position: 'absolute',
    top: 0,
    bottom: 0,
    width: theme.spacing(0.25),
    background: theme.colors.primary.main,
  }),
  axis: css({ position: 'relative', display: 'flex', justifyContent: 'space-between', marginTop: theme.spacing(0.5) }),
  // under the marker, not between the two ends
  nowLabel: css({ position: 'absolute', top: theme.spacing(2.5), transform: 'translateX(-50%)' }),
});
