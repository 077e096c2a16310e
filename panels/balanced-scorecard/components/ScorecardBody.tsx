import { useCallback } from 'react';
import { type KpiView, type ScorecardView } from '../data/model';
import { shownColumns } from '../data/shownColumns';
import { type Options } from '../options';
import { EscalatedKpiName } from './Escalation/EscalatedKpiName';
import { PerspectiveGrid } from './PerspectiveGrid/PerspectiveGrid';
import { ScorecardTable } from './ScorecardTable/ScorecardTable';
import { StrategyMap } from './StrategyMap/StrategyMap';

interface Props {
  view: ScorecardView;
  options: Options;
  width: number;
  height: number;
  timeZone: string;
}

/** The chosen view of the scorecard. */
export function ScorecardBody({ view, options, width, height, timeZone }: Props) {
  const { sparklines, change } = shownColumns(view, options.display);
  // A stable renderer keeps the table's memoised rows from re-rendering on every sort.
  const renderKpiName = useCallback((kpi: KpiView) => <EscalatedKpiName kpi={kpi} timeZone={timeZone} />, [timeZone]);
  switch (options.view) {
    case 'table':
      return (
        <ScorecardTable
          view={view}
          width={width}
          height={height}
          showSparklines={sparklines}
          showChange={change}
          renderKpiName={renderKpiName}
        />
      );
    case 'map':
      return <StrategyMap view={view} width={width} height={height} />;
    default:
      return <PerspectiveGrid view={view} width={width} height={height} display={{ sparklines, change, timeZone }} />;
  }
}
