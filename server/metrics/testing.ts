import { type KpiDocument, type ScorecardDocument } from '../../core/schema';
import { type StoredEscalation } from '../escalation/types';
import { type Actor, type Registry } from '../registry/types';
import { kpiDoc, scorecardDoc } from '../test-support/documents';
import { type CheckInStore } from '../values/types';

export interface ParsedFamily {
  help: string;
  type: string;
  samples: Array<{ labels: Record<string, string>; value: number }>;
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const HELP = new RegExp(`^# HELP (${NAME}) (.*)$`);
const TYPE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);
const SAMPLE = new RegExp(`^(${NAME})(\\{.*\\})? (\\S+)$`);
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', n: '\n' };

function parseValue(text: string, where: string): number {
  const special: Record<string, number> = { NaN: Number.NaN, '+Inf': Infinity, '-Inf': -Infinity };
  const value = special[text] ?? (FLOAT.test(text) ? Number(text) : undefined);
  if (value === undefined) {
    throw new Error(`${where}: ${JSON.stringify(text)} is not a sample value`);
  }
  return value;
}

/** `{a="x",b="y\"z"}` → labels, reading the escapes a label value may hold. */
function parseLabels(text: string, where: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text.slice(1, -1);
  while (rest !== '') {
    const head = /^([a-zA-Z_][a-zA-Z0-9_]*)="/.exec(rest);
    if (head?.[1] === undefined) {
      throw new Error(`${where}: a label must be name="value" at ${JSON.stringify(rest)}`);
    }
    let i = head[0].length;
    let value = '';
    for (; rest[i] !== '"'; i++) {
      const c = rest[i];
      if (c === undefined || c === '\n') {
        throw new Error(`${where}: label ${head[1]} has no closing quote`);
      }
      const escaped = c === '\\' ? ESCAPES[rest[i + 1] ?? ''] : c;
      if (escaped === undefined) {
        throw new Error(`${where}: label ${head[1]} has an unknown escape`);
      }
      value += escaped;
      i += c === '\\' ? 1 : 0;
    }
    if (head[1] in labels) {
      throw new Error(`${where}: label ${head[1]} is given twice`);
    }
    labels[head[1]] = value;
    rest = rest.slice(i + 1);
    if (rest !== '' && !rest.startsWith(',')) {
      throw new Error(`${where}: labels must be separated by commas`);
    }
    rest = rest.slice(1);
  }
  return labels;
}

/**
 * Reads the text format line by line and refuses what Prometheus would: every sample `name{labels} value`,
 * HELP and TYPE once per family before its samples, a family's samples together, the text ending in a newline.
 */
export function parseExposition(text: string): Map<string, ParsedFamily> {
  if (!text.endsWith('\n')) {
    throw new Error('the text must end with a newline');
  }
  const families = new Map<string, ParsedFamily>();
  let current = '';
  text
    .slice(0, -1)
    .split('\n')
    .forEach((line, i) => {
      const where = `line ${i + 1}`;
      const help = HELP.exec(line);
      const type = TYPE.exec(line);
      const sample = SAMPLE.exec(line);
      const name = help?.[1] ?? type?.[1] ?? sample?.[1];
      if (name === undefined) {
        throw new Error(`${where}: not a HELP, TYPE or sample line: ${JSON.stringify(line)}`);
      }
      const family = families.get(name);
      if (help !== null || type !== null) {
        if (family !== undefined && (family.samples.length > 0 || (help !== null ? family.help : family.type))) {
          throw new Error(`${where}: ${help !== null ? 'HELP' : 'TYPE'} of ${name} again or after its samples`);
        }
        const next = family ?? { help: '', type: '', samples: [] };
        families.set(name, help !== null ? { ...next, help: help[2] ?? '' } : { ...next, type: type?.[2] ?? '' });
        current = name;
        return;
      }
      if (family === undefined || family.help === '' || family.type === '' || current !== name) {
        throw new Error(`${where}: sample of ${name} without its HELP and TYPE just before its samples`);
      }
      const labels = sample?.[2] === undefined ? {} : parseLabels(sample[2], where);
      family.samples.push({ labels, value: parseValue(sample?.[3] ?? '', where) });
    });
  return families;
}

/** The samples of a family whose labels include `match`. */
export function samplesOf(families: Map<string, ParsedFamily>, name: string, match: Record<string, string> = {}) {
  const samples = families.get(name)?.samples ?? [];
  return samples.filter((s) => Object.entries(match).every(([k, v]) => s.labels[k] === v));
}

export const METRICS_ADMIN: Actor = { name: 'root', role: 'admin' };

/**
 * m.card: perspective customer (weight 1) / objective delight with m.nps and m.csat, perspective internal
 * (weight 3) / objective speed with m.lead. Also a proposed scorecard and a retired one, neither exposed.
 */
export function metricsDocuments(): Array<KpiDocument | ScorecardDocument> {
  const nps = kpiDoc('m.nps', { unit: 'points', target: 50, thresholds: { redFlag: 20, goal: 45 } });
  const lead = kpiDoc('m.lead', {
    unit: 'days',
    direction: 'lower-is-better',
    target: 3,
    thresholds: { redFlag: 10, goal: 4 },
  });
  const card = scorecardDoc('m.card', ['m.nps', 'm.csat']);
  const speed = { id: 'speed', name: 'Speed', weight: 1, kpis: [{ kpi: 'm.lead', weight: 1 }], causes: [] };
  card.spec.perspectives.push({ id: 'internal', name: 'Internal', weight: 3, objectives: [speed] });
  return [nps, lead, kpiDoc('m.csat'), card, scorecardDoc('m.old', ['m.nps'])];
}

/** Check-ins around October 2026 in Europe/Berlin ([2026-09-30T22:00Z, 2026-10-31T23:00Z)). */
export const METRICS_CHECK_INS = [
  { kpi: 'm.nps', time: '2026-09-30T22:30:00Z', value: 31 }, // 1 October 00:30 in Berlin
  { kpi: 'm.nps', time: '2026-10-20T09:00:00Z', value: 20 }, // October's latest
  { kpi: 'm.nps', time: '2026-10-31T23:30:00Z', value: 99 }, // 1 November 00:30 in Berlin
  { kpi: 'm.lead', time: '2026-09-15T12:00:00Z', value: 12 },
  { kpi: 'm.lead', time: '2026-10-10T12:00:00Z', value: 7 },
];

/** Applies and approves the documents, retires m.old, proposes m.draft and adds the check-ins. */
export async function seedMetrics(registry: Registry, checkIns: CheckInStore): Promise<void> {
  await registry.apply(metricsDocuments(), METRICS_ADMIN, { approve: true });
  await registry.retire('Scorecard', 'm.old', METRICS_ADMIN);
  await registry.apply([scorecardDoc('m.draft', ['m.nps'])], METRICS_ADMIN);
  await checkIns.add(
    METRICS_CHECK_INS.map((c) => ({ ...c, time: Date.parse(c.time), note: '', author: METRICS_ADMIN.name }))
  );
}

/** An unresolved escalation with a neutral breach and no notifications. */
export function openEscalation(
  id: string,
  fields: Pick<StoredEscalation, 'policy' | 'kpi' | 'owner' | 'level'> & { openedAt: number; acknowledgedAt?: number }
): StoredEscalation {
  return {
    id,
    policyVersion: 1,
    breach: { condition: { status: 'critical', periods: 1, of: 1 }, periods: [], through: 'October 2026' },
    notifications: [],
    ...fields,
  };
}
