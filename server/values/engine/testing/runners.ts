import {
  type CalculationRequest,
  type CheckIn,
  type CheckInStore,
  type MeasureRunner,
  type SeriesPoints,
  type SqlKpiRunner,
  type TimeRange,
  type ValuePoint,
} from '../../types';
import { bucketIndex } from '../buckets';

export interface FakeEvent {
  time: string;
  event: string;
  segment?: string;
  value?: number;
}

type Column = 'event' | 'segment';
const isColumn = (c: string): c is Column => c === 'event' || c === 'segment';

function matches(e: FakeEvent, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([column, wanted]) => {
    const actual = isColumn(column) ? e[column] : undefined;
    return Array.isArray(wanted) ? wanted.includes(actual) : wanted === actual;
  });
}

function countPoints(events: FakeEvent[], req: CalculationRequest, minimumSample?: number): ValuePoint[] {
  const counts = new Map<number, number>();
  for (const e of events) {
    const t = Date.parse(e.time);
    const i = t < req.range.from || t >= req.range.to ? null : bucketIndex(req.grid, t);
    const bucket = i === null ? undefined : req.grid.starts[i];
    if (bucket !== undefined) {
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([time, n]) => ({
      time,
      value: n,
      sample: n,
      ...(minimumSample !== undefined && n < minimumSample ? { flags: ['insufficient-sample' as const] } : {}),
    }));
}

/** Counts events matching the measure's and the request's filters per grid bucket, split by segment on request: a stand-in for the SQL compiler. */
export class FakeMeasureRunner implements MeasureRunner {
  calls: CalculationRequest[] = [];
  delayMs = 0;

  constructor(public events: FakeEvent[]) {}

  async run(req: CalculationRequest): Promise<SeriesPoints[]> {
    this.calls.push(req);
    if (this.delayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    }
    const calc = req.kpi.spec.calculation;
    const filter = 'measure' in calc && calc.measure.aggregate !== 'conversion' ? (calc.measure.filter ?? {}) : {};
    const inRange = this.events.filter((e) => {
      const t = Date.parse(e.time);
      return t >= req.range.from && t < req.range.to && matches(e, filter) && matches(e, req.filter ?? {});
    });
    const minimum = req.kpi.spec.minimumSample;
    if (req.breakdown === undefined) {
      return inRange.length === 0 ? [] : [{ points: countPoints(inRange, req, minimum) }];
    }
    const column = req.breakdown;
    const values = [...new Set(inRange.map((e) => (isColumn(column) ? (e[column] ?? null) : null)))];
    return values.map((value) => ({
      breakdown: { column, value },
      points: countPoints(
        inRange.filter((e) => (isColumn(column) ? (e[column] ?? null) : null) === value),
        req,
        minimum
      ),
    }));
  }
}

/** Returns fixed series whatever the query says. */
export class FakeSqlRunner implements SqlKpiRunner {
  calls: CalculationRequest[] = [];
  constructor(public series: SeriesPoints[] = []) {}

  async run(req: CalculationRequest): Promise<SeriesPoints[]> {
    this.calls.push(req);
    return this.series;
  }
}

export class FakeCheckIns implements CheckInStore {
  checkIns: CheckIn[] = [];
  lists = 0;

  async add(checkIns: CheckIn[]): Promise<number> {
    this.checkIns.push(...checkIns);
    return checkIns.length;
  }

  async list(kpi: string, range: TimeRange): Promise<CheckIn[]> {
    this.lists += 1;
    return this.checkIns
      .filter((c) => c.kpi === kpi && c.time >= range.from && c.time < range.to)
      .sort((a, b) => a.time - b.time);
  }
}
