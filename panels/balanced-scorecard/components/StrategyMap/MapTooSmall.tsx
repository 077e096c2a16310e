import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { type Size } from '../../data/mapLayout';
import { type ScorecardView } from '../../data/model';
import { BandSummary } from './BandSummary';

interface Props {
  view: ScorecardView;
  minimum: Size;
  width: number;
  height: number;
}

/** The perspectives' scores and statuses only, for panels too small for legible objective nodes. */
export function MapTooSmall({ view, minimum, width, height }: Props) {
  const styles = useStyles2(getStyles);
  const hint = `The strategy map needs ${minimum.width} × ${minimum.height} px; showing perspectives only.`;
  return (
    <div data-testid={testIds.balancedPanel.map} className={styles.root} style={{ width, height }}>
      <div data-testid={testIds.balancedPanel.mapHint} className={styles.hint} title={hint}>
        <Icon name="info-circle" size="sm" />
        <span className={styles.hintText}>{hint}</span>
      </div>
      {view.perspectives.map((perspective) => (
        <section
          key={perspective.key}
          aria-label={perspective.name}
          data-testid={testIds.balancedPanel.mapBand(perspective.key)}
          className={styles.band}
        >
          <BandSummary perspective={perspective} width={width} />
        </section>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ overflow: 'auto', display: 'flex', flexDirection: 'column' }),
  hint: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    ...theme.typography.bodySmall,
    color: theme.colors.text.secondary,
    padding: theme.spacing(0.5, 1),
  }),
  hintText: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  band: css({
    padding: theme.spacing(0.5, 1),
    borderTop: `1px solid ${theme.colors.border.weak}`,
  }),
});
