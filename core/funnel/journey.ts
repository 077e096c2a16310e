import { durationMs } from '../schema/duration';
import { type JourneySpec } from '../schema/journey';
import { type FunnelJourney } from './types';

/** A Journey document's spec as computeFunnel takes it (durations in ms). */
export function funnelJourney(spec: JourneySpec): FunnelJourney {
  return {
    order: spec.order,
    windowMs: durationMs(spec.conversionWindow),
    stages: spec.stages.map((s) => ({
      id: s.id,
      match: s.match,
      ...(s.within === undefined ? {} : { withinMs: durationMs(s.within) }),
    })),
    ...(spec.exclude === undefined ? {} : { exclude: spec.exclude }),
    ...(spec.holdConstant === undefined ? {} : { holdConstant: spec.holdConstant }),
  };
}
