// The example organisation in provisioning/scorecards: every document valid, the bundle coherent and complete.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { evaluateExpression, expressionInputs, parseExpression } from '../../core/expression';
import { subsetRatioGap } from '../../core/rates';
import {
  CANONICAL_COLUMNS,
  DEFAULT_MATURITY_STAGES,
  JOURNEY_STAGES,
  PERSPECTIVES,
  resourceDocument,
  type ResourceDocument,
} from '../../core/schema';
import { checkBundle } from '../../core/validate';

const DIR = path.resolve(__dirname, '../../provisioning/scorecards');
const HEADER = '# yaml-language-server: $schema=../../schemas/scorecard.schema.json';

const MATURITY_DIMENSIONS = [
  'strategic alignment',
  'customer-centric kpi design',
  'data integration',
  'operationalisation',
  'governance and change control',
  'incentives and behaviour',
  'diagnosing misalignment',
  'technology and tooling',
  'continuous improvement',
  'journey mapping and cross-channel data',
  'scaling across units',
];

type Doc<K extends ResourceDocument['kind']> = Extract<ResourceDocument, { kind: K }>;

interface ExampleOrg {
  files: string[];
  docs: ResourceDocument[];
  failures: string[];
}

function loadExampleOrg(): ExampleOrg {
  const files = readdirSync(DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const docs: ResourceDocument[] = [];
  const failures: string[] = [];
  for (const file of files) {
    parseAllDocuments(readFileSync(path.join(DIR, file), 'utf8')).forEach((yamlDoc, index) => {
      if (yamlDoc.errors.length > 0) {
        failures.push(`${file} document ${index}: ${yamlDoc.errors.map((e) => e.message).join('; ')}`);
        return;
      }
      const parsed = resourceDocument.safeParse(yamlDoc.toJS());
      if (parsed.success) {
        docs.push(parsed.data);
      } else {
        failures.push(`${file} document ${index}: ${JSON.stringify(parsed.error.issues, null, 2)}`);
      }
    });
  }
  return { files, docs, failures };
}

const org = loadExampleOrg();
const ofKind = <K extends ResourceDocument['kind']>(kind: K): Array<Doc<K>> =>
  org.docs.filter((d): d is Doc<K> => d.kind === kind);
const kpis = ofKind('KPI');
const kpiById = new Map(kpis.map((k) => [k.metadata.id, k]));
const scorecards = ofKind('Scorecard');
const journeys = ofKind('Journey');

const calculationType = (k: Doc<'KPI'>): string => Object.keys(k.spec.calculation)[0] ?? '';
const expressionOf = (k: Doc<'KPI'>) =>
  'expression' in k.spec.calculation ? k.spec.calculation.expression : undefined;
const objectivesOf = (s: Doc<'Scorecard'>) => s.spec.perspectives.flatMap((p) => p.objectives);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('example organisation (provisioning/scorecards)', () => {
  it('parses every document of every file against the schemas', () => {
    expect(org.files.length).toBeGreaterThan(0);
    expect(org.failures).toEqual([]);
  });

  it('starts every YAML file with the editor schema header', () => {
    const withoutHeader = org.files.filter((f) => readFileSync(path.join(DIR, f), 'utf8').split('\n')[0] !== HEADER);
    expect(withoutHeader).toEqual([]);
  });

  it('passes the bundle reference checks of scorecard validate', () => {
    expect(checkBundle(org.docs)).toEqual([]);
  });

  it('has at least 24 KPIs covering every perspective, journey stage and indicator', () => {
    expect(kpis.length).toBeGreaterThanOrEqual(24);
    expect(new Set(kpis.map((k) => k.spec.perspective))).toEqual(new Set(PERSPECTIVES));
    expect(new Set(kpis.map((k) => k.spec.journeyStage).filter((s) => s !== undefined))).toEqual(
      new Set(JOURNEY_STAGES)
    );
    expect(new Set(kpis.map((k) => k.spec.indicator))).toEqual(new Set(['leading', 'lagging']));
  });

  it('uses every calculation type, with several expression and manual KPIs', () => {
    const count = (type: string) => kpis.filter((k) => calculationType(k) === type).length;
    expect(count('measure')).toBeGreaterThanOrEqual(12);
    expect(count('expression')).toBeGreaterThanOrEqual(3);
    expect(count('manual')).toBeGreaterThanOrEqual(3);
    expect(count('sql')).toBeGreaterThanOrEqual(1);
  });

  it('gives every KPI an owner, a description and assumptions, and a target equal to its goal', () => {
    const incomplete = kpis
      .filter((k) => !k.spec.owner.trim() || !k.spec.description?.trim() || !k.spec.assumptions?.trim())
      .map((k) => k.metadata.id);
    expect(incomplete).toEqual([]);
    expect(kpis.filter((k) => k.spec.target !== k.spec.thresholds.goal).map((k) => k.metadata.id)).toEqual([]);
  });

  it('gives every KPI an explicit reporting period, monthly unless its cadence says otherwise', () => {
    expect(kpis.filter((k) => k.spec.period === undefined).map((k) => k.metadata.id)).toEqual([]);
    const notMonthly = kpis.filter((k) => k.spec.period !== 'month').map((k) => [k.metadata.id, k.spec.period]);
    expect(notMonthly).toEqual([['learning.enps', 'quarter']]);
  });

  it('defines every ratio so that it cannot exceed 100%: the numerator counts only denominator rows', () => {
    const ratios = kpis.flatMap((k) =>
      'measure' in k.spec.calculation && k.spec.calculation.measure.aggregate === 'ratio'
        ? [{ kpi: k.metadata.id, gap: subsetRatioGap(k.spec.calculation.measure) }]
        : []
    );
    expect(ratios.length).toBeGreaterThanOrEqual(3);
    expect(ratios.filter((r) => r.gap !== null)).toEqual([]);
  });

  it('measures only on a declared source and canonical columns', () => {
    const sources = new Set(ofKind('Source').map((s) => s.metadata.id));
    const columns = new Set<string>(CANONICAL_COLUMNS);
    for (const k of kpis) {
      if ('measure' in k.spec.calculation && k.spec.calculation.measure.aggregate !== 'conversion') {
        const { source, field, filter, numerator, denominator } = k.spec.calculation.measure;
        const used = [field, ...Object.keys({ ...filter, ...numerator, ...denominator })].filter(
          (c) => c !== undefined
        );
        expect({
          kpi: k.metadata.id,
          source: sources.has(source),
          columns: used.filter((c) => !columns.has(c)),
        }).toEqual({ kpi: k.metadata.id, source: true, columns: [] });
      }
    }
  });

  it('keeps SQL KPIs to one read-only SELECT on events with the time macros', () => {
    const queries = kpis.flatMap((k) => ('sql' in k.spec.calculation ? [k.spec.calculation.sql.query] : []));
    for (const query of queries) {
      expect(query).toMatch(/^\s*SELECT\b/i);
      expect(query).toMatch(/\bFROM\s+events\b/i);
      expect(query).not.toMatch(/;|\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|COPY|ATTACH)\b/i);
      ['$__timeFrom', '$__timeTo', '$__interval'].forEach((macro) => expect(query).toContain(macro));
    }
  });

  it('declares every expression input as an existing KPI, uses them all, and has no cycles', () => {
    for (const k of kpis) {
      const expression = expressionOf(k);
      if (expression) {
        const used = expressionInputs(parseExpression(expression.expr));
        expect(new Set(used)).toEqual(new Set(Object.keys(expression.inputs)));
        expect(Object.values(expression.inputs).filter((id) => !kpiById.has(id))).toEqual([]);
      }
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string, trail: string[]): void => {
      expect({ cycle: state.get(id) === 'visiting' ? [...trail, id] : [] }).toEqual({ cycle: [] });
      if (state.has(id)) {
        return;
      }
      state.set(id, 'visiting');
      const k = kpiById.get(id);
      const inputs = k ? Object.values(expressionOf(k)?.inputs ?? {}) : [];
      inputs.forEach((input) => visit(input, [...trail, id]));
      state.set(id, 'done');
    };
    kpis.forEach((k) => visit(k.metadata.id, []));
  });

  it('meets every expression KPI goal when its inputs sit at their goals', () => {
    const goalOf = (id: string, trail: string[] = []): number => {
      const k = kpiById.get(id);
      const expression = k && expressionOf(k);
      if (!k || !expression || trail.includes(id)) {
        return expression ? NaN : (k?.spec.thresholds.goal ?? NaN);
      }
      const inputs = Object.entries(expression.inputs);
      const values = Object.fromEntries(inputs.map(([name, input]) => [name, goalOf(input, [...trail, id])]));
      return evaluateExpression(parseExpression(expression.expr), values).value ?? NaN;
    };
    for (const k of kpis.filter((x) => expressionOf(x))) {
      const value = goalOf(k.metadata.id);
      const { goal } = k.spec.thresholds;
      const meets = k.spec.direction === 'higher-is-better' ? value >= goal - 1e-9 : value <= goal + 1e-9;
      expect({ kpi: k.metadata.id, value, goal, meets }).toEqual({ kpi: k.metadata.id, value, goal, meets: true });
    }
  });

  it('has a corporate scorecard with a strategy map and a child business-unit scorecard', () => {
    const ids = new Set(scorecards.map((s) => s.metadata.id));
    const children = scorecards.filter((s) => s.spec.parent !== undefined);
    expect(children.length).toBeGreaterThanOrEqual(1);
    for (const child of children) {
      expect(ids.has(child.spec.parent ?? '')).toBe(true);
    }
    const parent = scorecards.find((s) => s.metadata.id === children[0]?.spec.parent);
    expect(parent && objectivesOf(parent).some((o) => o.causes.length > 0)).toBe(true);
  });

  it('weights perspectives, objectives and KPIs as fractions summing to 1, over the four perspectives', () => {
    for (const s of scorecards) {
      expect(s.spec.perspectives.map((p) => p.id).sort()).toEqual([...PERSPECTIVES].sort());
      expect(sum(s.spec.perspectives.map((p) => p.weight))).toBeCloseTo(1, 9);
      for (const o of objectivesOf(s)) {
        expect(sum(o.kpis.map((k) => k.weight))).toBeCloseTo(1, 9);
      }
      for (const p of s.spec.perspectives) {
        expect(sum(p.objectives.map((o) => o.weight))).toBeCloseTo(1, 9);
      }
    }
  });

  it('draws strategy-map arrows from learning-growth towards financial only', () => {
    for (const s of scorecards) {
      // Financial is 0, learning-growth 3: every arrow must point to a lower rank.
      const rank = new Map(
        s.spec.perspectives.flatMap((p) => p.objectives.map((o) => [o.id, PERSPECTIVES.findIndex((x) => x === p.id)]))
      );
      const backwards = objectivesOf(s).flatMap((o) =>
        o.causes.filter((c) => (rank.get(c) ?? -1) >= (rank.get(o.id) ?? -1)).map((c) => `${o.id} -> ${c}`)
      );
      expect(backwards).toEqual([]);
    }
  });

  it('refers only to existing KPIs from scorecards, journeys and freeze windows', () => {
    const refs = [
      ...scorecards.flatMap((s) => objectivesOf(s).flatMap((o) => o.kpis.map((k) => k.kpi))),
      ...journeys.flatMap((j) => j.spec.stages.flatMap((st) => st.kpis)),
      ...ofKind('FreezeWindow').flatMap((w) => w.spec.scope.kpis ?? []),
    ];
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((id) => !kpiById.has(id))).toEqual([]);
  });

  it('has a journey through the six standard stages, on a declared source, with matching KPI stages', () => {
    const journey = journeys[0];
    expect(journey?.spec.stages.map((s) => s.id)).toEqual([...JOURNEY_STAGES]);
    expect(ofKind('Source').map((s) => s.metadata.id)).toContain(journey?.spec.source);
    const mismatched = (journey?.spec.stages ?? []).flatMap((st) =>
      st.kpis.filter((id) => kpiById.get(id)?.spec.journeyStage !== st.id).map((id) => `${st.id}: ${id}`)
    );
    expect(mismatched).toEqual([]);
  });

  it('has a source and a freeze window', () => {
    expect(ofKind('Source').length).toBeGreaterThanOrEqual(1);
    expect(ofKind('FreezeWindow').length).toBeGreaterThanOrEqual(1);
  });

  it('has a maturity model with the eleven curriculum dimensions, each with criteria at every stage', () => {
    const [model] = ofKind('MaturityModel');
    expect(model?.spec.dimensions.map((d) => d.name.toLowerCase())).toEqual(MATURITY_DIMENSIONS);
    const stages = model?.spec.stages.map((s) => s.id) ?? [];
    expect(stages).toEqual(DEFAULT_MATURITY_STAGES.map((s) => s.id));
    for (const d of model?.spec.dimensions ?? []) {
      expect({ dimension: d.id, stages: stages.filter((st) => d.criteria.some((c) => c.stage === st)) }).toEqual({
        dimension: d.id,
        stages,
      });
    }
    const criteria = model?.spec.dimensions.flatMap((d) => d.criteria) ?? [];
    expect(new Set(criteria.map((c) => c.id)).size).toBe(criteria.length);
    expect(new Set(criteria.flatMap((c) => (c.evidence ? [c.evidence.check] : []))).size).toBeGreaterThanOrEqual(5);
  });
});
