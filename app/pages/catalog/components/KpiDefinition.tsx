import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { type CatalogEntry } from '../../../../core/app-api';
import { type Calculation } from '../../../../core/schema/kpi';
import { calculationInWords } from '../data/calculationInWords';
import { directionInWords, formatInUnit } from '../data/formatInUnit';
import { catalogTestIds } from '../testIds';

interface Props {
  kpi: CatalogEntry;
  calculation: Calculation | undefined;
}

/** The KPI's definition in force, in words. */
export function KpiDefinition({ kpi, calculation }: Props) {
  const styles = useStyles2(getStyles);
  const f = (v: number) => formatInUnit(v, kpi.unit);
  const labels = Object.entries(kpi.labels).map(([k, v]) => `${k}=${v}`);
  const rows: Array<[string, string]> = [
    ['Calculation', calculation === undefined ? kpi.calculation : calculationInWords(calculation, kpi.period)],
    ['Period', `per ${kpi.period}`],
    ['Target', `${f(kpi.target)} per ${kpi.period} (${directionInWords(kpi.direction)})`],
    ['Red flag', f(kpi.redFlag)],
    ['Goal', f(kpi.goal)],
    ['Owner', kpi.owner],
    ['Perspective', kpi.perspective],
    ['Journey stage', kpi.journeyStage ?? 'none'],
    ['Indicator', kpi.indicator],
    ['Assumptions', kpi.assumptions ?? 'none written'],
    ['Labels', labels.length === 0 ? 'none' : labels.join(', ')],
    ['Four-eyes', kpi.fourEyes ? 'approval by someone other than the author' : 'not required'],
    ['Scorecards', kpi.scorecards.length === 0 ? 'none' : kpi.scorecards.join(', ')],
  ];
  return (
    <dl className={styles.list} data-testid={catalogTestIds.kpi.definition}>
      {rows.map(([term, text]) => (
        <div key={term} className={styles.row}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.text} data-testid={term === 'Calculation' ? catalogTestIds.kpi.calculation : undefined}>
            {text}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({ display: 'grid', gap: theme.spacing(0.5), margin: 0 }),
  row: css({ display: 'grid', gridTemplateColumns: `${theme.spacing(20)} 1fr`, gap: theme.spacing(2) }),
  term: css({ color: theme.colors.text.secondary }),
  text: css({ margin: 0 }),
});
