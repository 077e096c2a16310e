import { css } from '@emotion/css';
import { type GrafanaTheme2, formattedValueToString } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { type StageView } from '../../data/model';
import { percent } from '../format';
import { StageLink } from '../StageLink/StageLink';
import { testIds } from '../../../../app/testIds';

/** For small panels: name, count and share of the first stage per line. */
export function CompactList({ stages }: { stages: StageView[] }) {
  const styles = useStyles2(getStyles);
  return (
    <ul role="list" aria-label="Funnel stages" className={styles.list} data-testid={testIds.funnelPanel.compact}>
      {stages.map((stage) => (
        <li key={stage.key} data-testid={testIds.funnelPanel.stage(stage.key)}>
          <StageLink stage={stage} className={styles.row}>
            <span className={styles.name} title={stage.name}>
              {stage.impossible && (
                <Icon name="exclamation-triangle" size="xs" title={stage.problem ?? 'Impossible value'} />
              )}
              {stage.name}
            </span>
            <span className={styles.number}>{formattedValueToString(stage.display)}</span>
            <span className={styles.share}>{stage.conversion === null ? '' : percent(stage.conversion)}</span>
          </StageLink>
        </li>
      ))}
    </ul>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({ listStyle: 'none', margin: 0, padding: 0, fontSize: theme.typography.bodySmall.fontSize }),
  row: css({
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto auto',
    gap: theme.spacing(1),
    padding: theme.spacing(0.25, 0),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  name: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  number: css({ fontVariantNumeric: 'tabular-nums', textAlign: 'right' }),
  share: css({
    fontVariantNumeric: 'tabular-nums',
    textAlign: 'right',
    minWidth: theme.spacing(5),
    color: theme.colors.text.secondary,
  }),
});
