import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Text, useStyles2 } from '@grafana/ui';
import { type FrameSummary } from '../data/frameSummary';

interface Props {
  frames: FrameSummary[];
  testId: (index: number) => string;
}

/** Lists input frames and their fields: what the panel received, before any view is built on it. */
export function FrameList({ frames, testId }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <ul className={styles.list}>
      {frames.map((frame) => (
        <li key={frame.index} data-testid={testId(frame.index)} className={styles.frame}>
          <Text weight="medium">
            {frame.name || `Frame ${frame.index + 1}`}
            {frame.refId ? ` (${frame.refId})` : ''}
          </Text>{' '}
          <Text color="secondary">{`${frame.rows} rows`}</Text>
          <div className={styles.fields}>
            {frame.fields.map((field) => (
              <span key={field.name} className={styles.field} title={field.name}>
                {`${field.displayName}: ${field.type}`}
              </span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
  }),
  frame: css({
    padding: theme.spacing(1),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
  fields: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5), marginTop: theme.spacing(0.5) }),
  field: css({
    padding: theme.spacing(0.25, 0.75),
    background: theme.colors.background.secondary,
    borderRadius: theme.shape.radius.pill,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
