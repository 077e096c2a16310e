import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (relative path → text) under a new temporary directory and returns it. */
export async function writeFixture(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scorecard-yaml-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

export const SOURCE = `apiVersion: scorecard/v1
kind: Source
metadata: {id: events}
spec:
  engine: duckdb
`;

export const KPI = `apiVersion: scorecard/v1
kind: KPI
metadata: {id: customer.nps, labels: {division: emea}}
spec:
  name: Net Promoter Score
  perspective: customer
  journeyStage: advocacy
  indicator: lagging
  unit: score
  direction: higher-is-better
  target: 45
  thresholds: {redFlag: 20, goal: 45}
  owner: head-of-customer-success
  calculation:
    measure: {source: events, aggregate: nps, field: value, filter: {event: nps_response}}
`;

export const EXPRESSION_KPI = `apiVersion: scorecard/v1
kind: KPI
metadata: {id: customer.nps-gap}
spec:
  name: NPS gap to target
  perspective: customer
  indicator: lagging
  unit: points
  direction: lower-is-better
  target: 0
  thresholds: {redFlag: 10, goal: 2}
  owner: head-of-customer-success
  calculation:
    expression: {expr: "max(45 - nps, 0)", inputs: {nps: customer.nps}}
`;

export const SCORECARD = `apiVersion: scorecard/v1
kind: Scorecard
metadata: {id: corporate}
spec:
  name: Corporate
  perspectives:
    - id: customer
      name: Customer
      objectives:
        - id: loyal-customers
          name: Loyal customers
          kpis:
            - {kpi: customer.nps, weight: 2}
            - {kpi: customer.nps-gap}
`;

export const JOURNEY = `apiVersion: scorecard/v1
kind: Journey
metadata: {id: signup}
spec:
  name: Sign-up
  source: events
  conversionWindow: 30d
  order: ordered
  stages:
    - {id: visit, name: Visit, match: {event: page_view}}
    - {id: trial, name: Trial, match: {event: [trial_start, demo]}, kpis: [customer.nps]}
`;

export const FREEZE_WINDOW = `apiVersion: scorecard/v1
kind: FreezeWindow
metadata: {id: year-end}
spec:
  from: 2025-12-20
  to: 2026-01-05T00:00:00Z
  scope: {kpis: [customer.nps]}
  reason: Year-end close
`;

export const MATURITY_MODEL = `apiVersion: scorecard/v1
kind: MaturityModel
metadata: {id: kpi-maturity}
spec:
  name: KPI maturity
  dimensions:
    - id: ownership
      name: Ownership
      criteria:
        - {id: owners, stage: defined, text: Every KPI has an owner, evidence: {check: kpis-with-owner, atLeast: 0.9}}
`;

/** One valid document of every kind, each in its own file. */
export const VALID_FILES: Record<string, string> = {
  'source.yaml': SOURCE,
  'kpis/nps.yaml': KPI,
  'kpis/gap.yml': EXPRESSION_KPI,
  'scorecard.yaml': SCORECARD,
  'journey.yaml': JOURNEY,
  'freeze.yaml': FREEZE_WINDOW,
  'maturity.yaml': MATURITY_MODEL,
};
