import { CHANNELS, type Channel, MODEL, REGION_MODEL, REGIONS, type Segment, SEGMENTS } from './model';
import { type Rng } from './prng';

const VISITOR_CHANNELS: readonly Channel[] = ['web', 'email', 'partner'];

/** The categorical draws of the model, each with its cumulative table built once. */
export function pickers(rng: Rng) {
  const leadChannel = (segment: Segment) => rng.picker(CHANNELS, MODEL[segment].leadChannels);
  return {
    leadSegment: rng.picker(
      SEGMENTS,
      SEGMENTS.map((s) => MODEL[s].leadShare)
    ),
    baseSegment: rng.picker(
      SEGMENTS,
      SEGMENTS.map((s) => MODEL[s].baseShare)
    ),
    region: rng.picker(
      REGIONS,
      REGIONS.map((r) => REGION_MODEL[r].share)
    ),
    leadChannel: {
      smb: leadChannel('smb'),
      'mid-market': leadChannel('mid-market'),
      enterprise: leadChannel('enterprise'),
    },
    visitorChannel: rng.picker(VISITOR_CHANNELS, [0.75, 0.15, 0.1]),
  };
}

export type Pickers = ReturnType<typeof pickers>;
