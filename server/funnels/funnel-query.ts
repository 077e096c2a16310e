import { intervalGrid } from '../../core/periods';
import { type FunnelQuery } from '../../core/query';
import { chooseInterval } from '../query/interval';
import { type FrameJson } from '../query/frame';
import { scorecardRow, type RowContext } from '../query/scorecard-rows';
import { type KpiComputer, QueryError } from '../query/types';
import { type Registry } from '../registry/types';
import { type TimeRange } from '../values/types';
import { type FunnelEngine, type JourneyFunnel } from './funnel-engine';
import { conversionOverTimeFrame, funnelFrame, timeToConvertFrame } from './funnel-frames';

export interface FunnelQueryDeps {
  registry: Registry;
  engine: KpiComputer;
  funnels?: FunnelEngine;
  timeZone?: string;
  now?: () => number;
}

/** Each stage's KPIs as the scorecard reports them (latest complete period): value, target, status. */
async function stageKpis(deps: FunnelQueryDeps, funnel: JourneyFunnel, range: TimeRange) {
  const ctx: RowContext = {
    registry: deps.registry,
    engine: deps.engine,
    to: range.to,
    now: funnel.now,
    timeZone: deps.timeZone ?? 'UTC',
    definition: 'effective',
    mode: 'complete',
  };
  return Promise.all(
    funnel.doc.spec.stages.map(async (stage) => ({
      id: stage.id,
      name: stage.name,
      kpis: await Promise.all(
        stage.kpis.map(async (kpiId) => {
          const base = { perspective: '', perspectiveId: '', objective: '', objectiveId: '', kpiId, weight: 1 };
          const row = await scorecardRow(ctx, { ...base, objectiveWeight: 1, perspectiveWeight: 1, causes: '' });
          return {
            kpiId,
            name: row.kpi,
            value: row.value,
            target: row.doc?.spec.target ?? null,
            unit: row.doc?.spec.unit ?? null,
            status: row.score.status,
            period: row.periodLabel,
          };
        })
      ),
    }))
  );
}

/** `queryType: funnel`: the funnel frame, the time-to-convert histogram and conversion over time. */
export async function funnelFrames(deps: FunnelQueryDeps, q: FunnelQuery, range: TimeRange): Promise<FrameJson[]> {
  if (deps.funnels === undefined) {
    throw new QueryError('this server computes no funnels', 501);
  }
  const funnel = await deps.funnels.compute({
    journey: q.journey,
    range,
    ...(q.breakdown === undefined || q.breakdown === '' ? {} : { breakdown: q.breakdown }),
    ...(q.definition === undefined ? {} : { definition: q.definition }),
    previous: q.compare === 'previous-period',
  });
  const grid = intervalGrid(
    range,
    chooseInterval(range, { ...q, maxDataPoints: Math.min(q.maxDataPoints ?? 100, 100) }),
    deps.timeZone ?? 'UTC'
  );
  const breakdown = q.breakdown === undefined || q.breakdown === '' ? {} : { breakdown: q.breakdown };
  return [
    funnelFrame(funnel, { refId: q.refId, ...breakdown, stageMeta: await stageKpis(deps, funnel, range) }),
    timeToConvertFrame(funnel, q.refId),
    conversionOverTimeFrame(funnel, q.refId, grid.starts, grid.end),
  ];
}
