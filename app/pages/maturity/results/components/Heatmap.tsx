import { cx } from '@emotion/css';
import { Tooltip, useStyles2 } from '@grafana/ui';
import { type ChangeView } from '../data/change';
import { type Heatmap as HeatmapModel, type HeatmapCell } from '../data/heatmap';
import { resultsTestIds } from '../testIds';
import { getHeatmapStyles } from './Heatmap.styles';

type Styles = ReturnType<typeof getHeatmapStyles>;

function Cell({ cell, styles, testId }: { cell: HeatmapCell; styles: Styles; testId: string }) {
  const className = cx(
    styles.cell,
    cell.filled && styles.filled,
    cell.current && styles.current,
    cell.previous && styles.previous
  );
  return (
    <td className={className} title={cell.label} data-testid={testId}>
      <span aria-hidden>{cell.mark}</span>
      <span className={styles.srOnly}>{cell.label}</span>
    </td>
  );
}

function Change({ change, styles, testId }: { change: ChangeView; styles: Styles; testId: string }) {
  const tone = change.kind === 'up' ? styles.up : change.kind === 'down' ? styles.down : styles.flat;
  return (
    <td data-testid={testId}>
      <Tooltip content={change.tooltip}>
        <span className={cx(styles.change, tone)} tabIndex={0}>
          {change.mark}
          <span className={styles.srOnly}>{` (${change.tooltip})`}</span>
        </span>
      </Tooltip>
    </td>
  );
}

/** Dimensions by stages: filled up to the stage reached, last year's stage outlined, the change per row. */
export function Heatmap({ map, year }: { map: HeatmapModel; year: number }) {
  const styles = useStyles2(getHeatmapStyles);
  const since = map.previousYear === null ? 'Change' : `Since ${map.previousYear}`;
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-testid={resultsTestIds.heatmap}>
        <caption className={styles.srOnly}>{`Stage reached per dimension in ${year}`}</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {map.stages.map((s) => (
              <th scope="col" key={s.id}>
                {s.name}
              </th>
            ))}
            <th scope="col">{since}</th>
            <th scope="col">Assessors</th>
          </tr>
        </thead>
        <tbody>
          {map.rows.map((row) => (
            <tr key={row.dimensionId}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell) => (
                <Cell
                  key={cell.stageId}
                  cell={cell}
                  styles={styles}
                  testId={resultsTestIds.cell(row.dimensionId, cell.stageId)}
                />
              ))}
              <Change change={row.change} styles={styles} testId={resultsTestIds.change(row.dimensionId)} />
              <td className={styles.assessors}>{row.assessors.length === 0 ? '—' : row.assessors.join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.legend}>
        {`✓ stage reached · ● stage in ${year}`}
        {map.previousYear !== null && ` · ○ dashed outline: stage in ${map.previousYear}`}
      </div>
    </div>
  );
}
