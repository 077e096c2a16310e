import { type FunnelFilter } from '../../../core/funnel';
import { type ColumnarEvents, isTextColumn, type TextColumn } from './columnar-events';


/** Per event, one bit per filter it meets (as core `matches`): `words` 32-bit words per event. */
export class MaskTable {
  readonly words: number;

  constructor(
    readonly size: number,
    readonly bits: Uint32Array
  ) {
    this.words = Math.max(1, Math.ceil(size / 32));
  }

  test(f: number, i: number): boolean {
    const w = this.words === 1 ? (this.bits[i] ?? 0) : (this.bits[i * this.words + (f >>> 5)] ?? 0);
    return ((w >>> (f & 31)) & 1) === 1;
  }

  /** Event i meets any of the filters. */
  any(i: number): boolean {
    for (let w = 0; w < this.words; w++) {
      if ((this.bits[i * this.words + w] ?? 0) !== 0) {
        return true;
      }
    }
    return false;
  }
}

/** The masks of up to 32 filters (word w of each event): per text column a lookup by code, `value` compared. */
function fillWord(ev: ColumnarEvents, filters: readonly FunnelFilter[], bits: Uint32Array, w: number, words: number) {
  const group = filters.slice(w * 32, w * 32 + 32);
  let base = 0;
  const luts = new Map<TextColumn, Uint32Array>();
  const numbers: Array<{ bit: number; wanted: Set<number> }> = [];
  group.forEach((filter, f) => {
    const bit = (1 << f) >>> 0;
    const columns = Object.keys(filter);
    if (!columns.every((c) => c === 'value' || isTextColumn(c))) {
      return; // a column the events do not carry: never met
    }
    base = (base | bit) >>> 0;
    for (const c of columns) {
      if (isTextColumn(c) && !luts.has(c)) {
        luts.set(c, new Uint32Array(ev.text[c].dict.length + 1));
      }
    }
  });
  // a filter that does not name a column passes every code of it
  for (const [column, lut] of luts) {
    const dict = ev.text[column].dict;
    group.forEach((filter, f) => {
      const bit = (1 << f) >>> 0;
      const wanted = filter[column];
      if (wanted === undefined) {
        for (let code = 0; code <= dict.length; code++) {
          lut[code] = ((lut[code] ?? 0) | bit) >>> 0;
        }
        return;
      }
      const texts = new Set((Array.isArray(wanted) ? wanted : [wanted]).map((v) => String(v)));
      dict.forEach((s, code) => {
        if (texts.has(s)) {
          lut[code + 1] = ((lut[code + 1] ?? 0) | bit) >>> 0;
        }
      });
    });
  }
  group.forEach((filter, f) => {
    const wanted = filter.value;
    if (wanted !== undefined) {
      numbers.push({ bit: (1 << f) >>> 0, wanted: new Set((Array.isArray(wanted) ? wanted : [wanted]).map(Number)) });
    }
  });
  const tables = [...luts].map(([c, lut]) => ({ codes: ev.text[c].codes, lut }));
  const { value } = ev;
  for (let i = 0; i < ev.length; i++) {
    let m = base;
    for (let t = 0; t < tables.length && m !== 0; t++) {
      const { codes, lut } = tables[t] as (typeof tables)[number];
      m &= lut[(codes[i] ?? -1) + 1] ?? 0;
    }
    for (let t = 0; t < numbers.length && m !== 0; t++) {
      const { bit, wanted } = numbers[t] as (typeof numbers)[number];
      const v = value[i] ?? NaN;
      if ((m & bit) !== 0 && (Number.isNaN(v) || !wanted.has(v))) {
        m &= ~bit;
      }
    }
    bits[i * words + w] = m >>> 0;
  }
}

/** Whether every column of the filters is one the copy holds (else the caller takes the object path). */
export const maskableColumns = (filters: readonly FunnelFilter[]): boolean =>
  filters.every((f) => Object.keys(f).every((c) => c === 'value' || isTextColumn(c)));

const KEEP = 4;
const cache = new WeakMap<ColumnarEvents, Map<string, MaskTable>>();

/** The filters' masks over the copy, kept for the copy's life (the last few sets of filters asked for). */
export function stageMasks(ev: ColumnarEvents, filters: readonly FunnelFilter[]): MaskTable {
  const key = JSON.stringify(filters);
  const kept = cache.get(ev) ?? new Map<string, MaskTable>();
  cache.set(ev, kept);
  const hit = kept.get(key);
  if (hit !== undefined) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const words = Math.max(1, Math.ceil(filters.length / 32));
  const bits = new Uint32Array(ev.length * words);
  for (let w = 0; w < words; w++) {
    fillWord(ev, filters, bits, w, words);
  }
  const table = new MaskTable(filters.length, bits);
  kept.set(key, table);
  if (kept.size > KEEP) {
    kept.delete(kept.keys().next().value as string);
  }
  return table;
}
