import { DAY_MS } from './calendar';
import { type OrgResult } from './example-org';
import { type MaturityOutcome } from './maturity-cycles';
import { type SeedResult } from './seed';

const n = (x: number): string => Math.round(x).toLocaleString('en-US');
const s = (ms: number): string => (ms / 1000).toFixed(1);
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function formatOrg(org: OrgResult): string {
  const parts = [`${org.created} created and approved`, `${org.unchanged} already there`];
  if (org.differing > 0) {
    parts.push(`${org.differing} already there with other content (left as they are)`);
  }
  return `example organisation: ${parts.join(', ')}`;
}

export function formatMaturity(m: MaturityOutcome): string {
  return `maturity assessments: ${m.added} cycles added and released in ${s(m.ms)} s, ${m.existing} already there`;
}

/** The lines `scorecard demo` prints after its work. */
export function formatSeedResult(result: SeedResult, where: string): string[] {
  const lines = [formatOrg(result.org)];
  if (result.maturity !== null) {
    lines.push(formatMaturity(result.maturity));
  }
  if (!result.seeded) {
    const { events, from, to } = result.existing;
    const span = from === null || to === null ? '' : ` from ${from.slice(0, 10)} to ${to.slice(0, 10)}`;
    lines.push(
      `${where} already has ${n(events)} events${span}: nothing generated (--force deletes them and generates the demo data again)`
    );
    return lines;
  }
  const { summary, generateMs, totalMs, replaced } = result;
  const rate = summary.events / Math.max(generateMs / 1000, 1e-3);
  if (replaced > 0) {
    lines.push(`replaced ${n(replaced)} events`);
  }
  lines.push(
    `generated ${n(summary.events)} events in ${s(generateMs)} s (${n(rate)} events/s); written to ${where} in ${s(totalMs)} s in all`,
    'events by type:',
    ...[...summary.byEvent.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([event, count]) => `  ${event.padEnd(20)} ${n(count).padStart(10)}`),
    `customers: ${n(summary.accounts)} paying accounts, ${n(summary.leads)} new leads, ${n(summary.visitors)} anonymous visitors`
  );
  const w = summary.window;
  if (w !== null) {
    lines.push(`time span: ${day(w.start)} to ${day(w.end - DAY_MS)} (${w.days} days, ending at today's UTC midnight)`);
  }
  return lines;
}
