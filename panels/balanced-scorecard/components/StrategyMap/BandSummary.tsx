import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Text, useStyles2 } from '@grafana/ui';
import { type PerspectiveView } from '../../data/model';
import { scoreText } from '../../data/status';
import { StatusBadge } from '../Status/StatusBadge';
import { useOverflowTitle } from './useOverflowTitle';

/** A perspective's name, score and status on one line. */
export function BandSummary({ perspective, width }: { perspective: PerspectiveView; width?: number }) {
  const styles = useStyles2(getStyles);
  const nameRef = useOverflowTitle<HTMLSpanElement>(perspective.name, width);
  return (
    <div className={styles.summary}>
      <span ref={nameRef} className={styles.name}>
        {perspective.name}
      </span>
      <Text variant="bodySmall" tabular>
        {scoreText(perspective.score)}
      </Text>
      <StatusBadge status={perspective.status} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  summary: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    minWidth: 0,
  }),
  name: css({
    ...theme.typography.bodySmall,
    fontWeight: theme.typography.fontWeightMedium,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  }),
});
