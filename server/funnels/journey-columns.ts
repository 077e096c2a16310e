import { type FunnelJourney } from '../../core/funnel';

/** Every column a journey's matches, exclusions and held columns read (plus a breakdown). */
export function journeyColumns(journey: FunnelJourney, breakdown?: string): string[] {
  const columns = new Set<string>(journey.holdConstant ?? []);
  for (const filter of [...journey.stages.map((s) => s.match), ...(journey.exclude ?? [])]) {
    Object.keys(filter).forEach((c) => columns.add(c));
  }
  if (breakdown !== undefined) {
    columns.add(breakdown);
  }
  return [...columns];
}
