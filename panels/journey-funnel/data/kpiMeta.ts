import { type DataFrame } from '@grafana/data';
import {
  FUNNEL_FIELDS as F,
  FUNNEL_FRAME_KINDS,
  type FunnelFrameMeta,
  type FunnelStageKpi,
  TIME_TO_CONVERT_FIELDS as T,
} from '../../../core/query';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const has = (frame: DataFrame, names: string[]) => names.every((n) => frame.fields.some((f) => f.name === n));

/** `meta.custom.kind` of a frame of the funnel query, null for the funnel frame itself. */
const kindOf = (frame: DataFrame): string | null => str(frame.meta?.custom?.kind);

/** The KPI datasource's funnel frame: known by its field names (DESIGN §6), not by a kind. */
export const isKpiFunnelFrame = (frame: DataFrame) =>
  kindOf(frame) === null && has(frame, [F.stage, F.value, F.conversion, F.stepConversion]);

export const isTimeToConvertFrame = (frame: DataFrame) =>
  kindOf(frame) === FUNNEL_FRAME_KINDS.timeToConvert && has(frame, [T.stage, T.upTo, T.customers]);

function stageKpi(v: unknown): FunnelStageKpi | null {
  if (!isRecord(v) || str(v.kpiId) === null) {
    return null;
  }
  return {
    kpiId: str(v.kpiId) ?? '',
    name: str(v.name) ?? str(v.kpiId) ?? '',
    value: num(v.value),
    target: num(v.target),
    unit: str(v.unit),
    status: str(v.status) ?? 'no-data',
    period: str(v.period),
  };
}

/** `meta.custom` of the funnel frame, read defensively: a frame from another version may lack parts of it. */
export function funnelMeta(frame: DataFrame): Partial<FunnelFrameMeta> {
  const c: unknown = frame.meta?.custom;
  if (!isRecord(c)) {
    return {};
  }
  const order = str(c.order);
  const stages = Array.isArray(c.stages) ? c.stages.filter(isRecord) : [];
  return {
    ...(str(c.journey) === null ? {} : { journey: str(c.journey) ?? '' }),
    ...(num(c.version) === null ? {} : { version: num(c.version) ?? 0 }),
    ...(order === 'ordered' || order === 'strict' || order === 'unordered' ? { order } : {}),
    ...(str(c.window) === null ? {} : { window: str(c.window) ?? '' }),
    ...(str(c.breakdown) === null ? {} : { breakdown: str(c.breakdown) ?? '' }),
    stages: stages.map((s) => ({
      id: str(s.id) ?? '',
      name: str(s.name) ?? str(s.id) ?? '',
      kpis: (Array.isArray(s.kpis) ? s.kpis : []).map(stageKpi).filter((k): k is FunnelStageKpi => k !== null),
    })),
  };
}

/** Info texts the frame carries (e.g. breakdown values folded into "other"). */
export function frameNotices(frame: DataFrame): string[] {
  return (frame.meta?.notices ?? []).map((n) => n.text).filter((t) => t !== '');
}
