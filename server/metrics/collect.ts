import { performance } from 'node:perf_hooks';
import { type StoredEscalation } from '../escalation/types';
import { loadScorecard, rollups } from '../query/scorecard-frame';
import { type RowContext, type ScorecardRow, scorecardRows } from '../query/scorecard-rows';
import { type KpiComputer } from '../query/types';
import { type Registry } from '../registry/types';
import { type MetricFamily, type Sample } from './exposition';

export interface CollectDeps {
  registry: Registry;
  engine: KpiComputer;
  /** IANA zone of the reporting periods. */
  timeZone: string;
  /** The scrape's instant, epoch ms. */
  now: number;
  unresolved: () => Promise<StoredEscalation[]>;
  /** Monotonic milliseconds for the scrape's duration (default performance.now). */
  clock?: () => number;
}

interface CardRows {
  scorecard: string;
  rows: ScorecardRow[];
}

/** Each approved, not retired scorecard in force at `now`, its KPIs' last complete reporting periods. */
async function scorecards(deps: CollectDeps): Promise<CardRows[]> {
  const summaries = await deps.registry.list('Scorecard');
  const ctx: RowContext = {
    registry: deps.registry,
    engine: deps.engine,
    to: deps.now,
    now: deps.now,
    timeZone: deps.timeZone,
    definition: 'effective',
    mode: 'complete',
  };
  const approved = summaries.filter((s) => s.approvedVersion !== null && !s.retired).map((s) => s.id);
  return Promise.all(
    approved.map(async (scorecard) => {
      const { card } = await loadScorecard(ctx, scorecard);
      return { scorecard, rows: await scorecardRows(ctx, card) };
    })
  );
}

const kpiLabels = (scorecard: string, row: ScorecardRow): Record<string, string> => ({
  kpi: row.kpiId,
  scorecard,
  perspective: row.perspectiveId,
  objective: row.objectiveId,
  unit: row.doc?.spec.unit ?? '',
  period: row.window?.period ?? '',
});

/** One row per KPI place in a scorecard: a KPI listed twice under one objective is the same series. */
function distinctRows(rows: readonly ScorecardRow[]): ScorecardRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = JSON.stringify([r.perspectiveId, r.objectiveId, r.kpiId]);
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh;
  });
}

function kpiFamilies(cards: readonly CardRows[]): MetricFamily[] {
  const value: Sample[] = [];
  const score: Sample[] = [];
  const target: Sample[] = [];
  const status: Sample[] = [];
  const total: Sample[] = [];
  for (const { scorecard, rows } of cards) {
    for (const row of distinctRows(rows)) {
      const labels = kpiLabels(scorecard, row);
      if (row.value !== null) {
        value.push({ labels, value: row.value });
      }
      if (row.score.score !== null) {
        score.push({ labels, value: row.score.score });
      }
      if (row.doc !== null) {
        target.push({ labels, value: row.doc.spec.target });
      }
      status.push({ labels: { ...labels, status: row.score.status }, value: 1 });
    }
    const rolled = rollups(rows, 'weighted').total.score;
    if (rolled !== null) {
      total.push({ labels: { scorecard }, value: rolled });
    }
  }
  const gauge = (name: string, help: string, samples: Sample[]): MetricFamily => ({
    name,
    help,
    type: 'gauge',
    samples,
  });
  return [
    gauge('scorecard_kpi_value', "The KPI's value for its last complete reporting period.", value),
    gauge('scorecard_kpi_score', "The KPI's score 0..10 for its last complete reporting period.", score),
    gauge('scorecard_kpi_target', "The KPI's target for its last complete reporting period.", target),
    gauge(
      'scorecard_kpi_status',
      "1 for the KPI's status (ok, warning, critical, no-data) in its last complete reporting period.",
      status
    ),
    gauge('scorecard_score', "The scorecard's weighted roll-up score 0..10.", total),
  ];
}

function escalationFamilies(open: readonly StoredEscalation[], now: number): MetricFamily[] {
  const counts = new Map<string, Sample>();
  for (const e of open) {
    const labels = {
      policy: e.policy,
      kpi: e.kpi,
      owner: e.owner,
      level: String(e.level),
      acknowledged: String(e.acknowledgedAt !== undefined),
    };
    const key = JSON.stringify(Object.values(labels));
    counts.set(key, { labels, value: (counts.get(key)?.value ?? 0) + 1 });
  }
  return [
    {
      name: 'scorecard_escalations_open',
      help: 'Unresolved escalations by policy, KPI, owner, notified level and whether acknowledged.',
      type: 'gauge',
      samples: [...counts.values()],
    },
    {
      name: 'scorecard_escalation_open_seconds',
      help: 'Seconds since each unresolved escalation opened.',
      type: 'gauge',
      samples: open.map((e) => ({
        labels: { escalation: e.id, policy: e.policy, kpi: e.kpi },
        value: (now - e.openedAt) / 1000,
      })),
    },
  ];
}

/** Every family GET /metrics exposes, computed at `deps.now`. */
export async function collectMetrics(deps: CollectDeps): Promise<MetricFamily[]> {
  const clock = deps.clock ?? (() => performance.now());
  const started = clock();
  const [cards, open] = await Promise.all([scorecards(deps), deps.unresolved()]);
  const families = [...kpiFamilies(cards), ...escalationFamilies(open, deps.now)];
  const duration: MetricFamily = {
    name: 'scorecard_metrics_scrape_duration_seconds',
    help: 'Seconds this scrape took to compute the metrics.',
    type: 'gauge',
    samples: [{ labels: {}, value: (clock() - started) / 1000 }],
  };
  return [...families, duration];
}
