import { type CheckInGroup } from '../events/target/data-target';
import { parseCheckIn } from './checkin-input';
import { parseCsv } from './csv';

const COLUMNS = ['kpi', 'time', 'value', 'note'];
const KPI_ID = /^[a-z0-9][a-z0-9.-]*$/;

/**
 * Check-ins from CSV text with a header of kpi, value and optionally time (default now) and note. Every row is
 * validated; the first bad one throws naming its line. Grouped by KPI in file order.
 */
export function checkInsFromCsv(text: string, ctx: { author: string; now: number }): CheckInGroup[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (header === undefined) {
    throw new Error('the file is empty: expected a header line kpi,time,value,note');
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const unknown = names.filter((n) => !COLUMNS.includes(n));
  const missing = ['kpi', 'value'].filter((n) => !names.includes(n));
  if (unknown.length > 0 || missing.length > 0) {
    const problem = unknown.length > 0 ? `unknown column ${unknown.join(', ')}` : `no ${missing.join(', ')} column`;
    throw new Error(`line ${header.line}: ${problem}: the header must name kpi, value and optionally time and note`);
  }
  const groups = new Map<string, CheckInGroup>();
  for (const row of rows) {
    const cell = (name: string) => row.fields[names.indexOf(name)];
    const where = `line ${row.line}`;
    if (row.fields.length !== names.length) {
      throw new Error(`${where}: expected ${names.length} fields as in the header, got ${row.fields.length}`);
    }
    const kpi = (cell('kpi') ?? '').trim();
    if (!KPI_ID.test(kpi)) {
      throw new Error(`${where}: kpi: "${kpi}" is not a KPI id`);
    }
    const checkIn = parseCheckIn(
      { time: cell('time')?.trim(), value: cell('value'), note: cell('note') },
      { kpi, author: ctx.author, now: ctx.now, where }
    );
    const group = groups.get(kpi) ?? { kpi, checkIns: [], where };
    group.checkIns.push(checkIn);
    groups.set(kpi, group);
  }
  return [...groups.values()];
}
