import { createValueEngine } from '../engine';
import { type ValueEngine, type ValueEngineDeps } from '../types';
import { FakeHistory } from './history';
import { type FakeEvent, FakeCheckIns, FakeMeasureRunner, FakeSqlRunner } from './runners';

export const DAY = 86_400_000;
export const at = (iso: string): number => Date.parse(iso);
/** Ten daily buckets, 1–10 January 2026. */
export const JANUARY = { range: { from: at('2026-01-01T00:00:00Z'), to: at('2026-01-11T00:00:00Z') }, intervalMs: DAY };

export interface Fixture {
  engine: ValueEngine;
  history: FakeHistory;
  measure: FakeMeasureRunner;
  sql: FakeSqlRunner;
  checkIns: FakeCheckIns;
  clock: { ms: number };
}

/** An engine over fakes with a clock the test moves (`clock.ms`). */
export function fixture(events: FakeEvent[] = [], extra: Partial<ValueEngineDeps> = {}): Fixture {
  const history = new FakeHistory();
  const measure = new FakeMeasureRunner(events);
  const sql = new FakeSqlRunner();
  const checkIns = new FakeCheckIns();
  const clock = { ms: at('2026-03-01T09:00:00Z') };
  const engine = createValueEngine({
    registry: history,
    measure,
    sql,
    checkIns,
    now: () => new Date(clock.ms),
    ...extra,
  });
  return { engine, history, measure, sql, checkIns, clock };
}

/** The values of a result's points, in bucket order. */
export const values = (points: ReadonlyArray<{ value: number | null }>): Array<number | null> =>
  points.map((p) => p.value);
