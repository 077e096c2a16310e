// A generated 30-stage funnel broken down by 8 segments (long rows), shared by the browser spec and bench/funnel-render.mjs.
import type { FrameSpec } from './api';

export const FUNNEL_SEGMENTS = ['web', 'app', 'partner', 'direct', 'email', 'social', 'search', 'referral'];
export const FUNNEL_STAGE_COUNT = 30;

/** Each segment's first stage: 8000, 7300, 6600 … (700 fewer per segment). */
export const firstStageOf = (segment: number) => 8000 - 700 * segment;

/** 7% lose interest at every step, so no stage outgrows the one before. */
export const funnelCount = (segment: number, stage: number) => Math.round(firstStageOf(segment) * 0.93 ** stage);

export const funnelStageName = (stage: number) => `Step ${String(stage + 1).padStart(2, '0')}`;

/** Long rows, stage by stage, one row per segment: 240 rows. */
export function generateFunnel(stages = FUNNEL_STAGE_COUNT, segments = FUNNEL_SEGMENTS.length): FrameSpec {
  const rows = Array.from({ length: stages }, (_, k) => Array.from({ length: segments }, (_, s) => ({ k, s }))).flat();
  return {
    name: `Funnel of ${stages} stages by ${segments} segments`,
    refId: 'A',
    fields: [
      { name: 'stage', type: 'string', values: rows.map((r) => funnelStageName(r.k)) },
      { name: 'segment', type: 'string', values: rows.map((r) => FUNNEL_SEGMENTS[r.s] ?? `segment ${r.s + 1}`) },
      { name: 'value', type: 'number', values: rows.map((r) => funnelCount(r.s, r.k)) },
    ],
  };
}
