import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { type StageView, type TimeToConvertView } from '../../data/model';
import { humanDuration } from '../format';
import { testIds } from '../../../../app/testIds';
import { histogramLayout } from './layout';

interface Props {
  stage: StageView;
  histogram?: TimeToConvertView;
}

/** Median time from the previous step, with a small histogram of the step's times when the data has one. */
export function StepTime({ stage, histogram }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  if (stage.medianTimeToConvert === null && !histogram) {
    return null;
  }
  const width = theme.spacing.gridSize * 12;
  const height = theme.spacing.gridSize * 2;
  const bars = histogram ? histogramLayout(histogram, width, height) : [];
  return (
    <div className={styles.root} data-testid={testIds.funnelPanel.timeToConvert(stage.key)}>
      {stage.medianTimeToConvert !== null && (
        <span>Median time to convert {humanDuration(stage.medianTimeToConvert)}</span>
      )}
      {bars.length > 0 && (
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={`Time to convert to ${stage.name}: ${bars.map((b) => b.label).join(', ')}`}
          data-testid={testIds.funnelPanel.histogram(stage.key)}
        >
          {bars.map(({ label, ...rect }) => (
            <rect key={rect.x} {...rect} fill={theme.colors.text.secondary}>
              <title>{label}</title>
            </rect>
          ))}
        </svg>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
