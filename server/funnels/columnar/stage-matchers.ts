import { type FunnelFilter } from '../../../core/funnel';
import { type ColumnarEvents, TEXT_COLUMNS, type TextColumn } from './columnar-events';

const isText = (c: string): c is TextColumn => (TEXT_COLUMNS as readonly string[]).includes(c);

/** Whether every column of the filters is one the copy holds (else the caller takes the object path). */
export function coveredColumns(filters: readonly FunnelFilter[]): boolean {
  return filters.every((f) => Object.keys(f).every((c) => c === 'value' || isText(c)));
}

/**
 * Filters compiled once per query, compared as core `matches`: per text column a mask over its dictionary
 * codes (missing never matches), `value` against numbers. `test(f, i)`: event i meets filter f.
 */
export class FilterTable {
  readonly size: number;
  private readonly codes: Int32Array[][];
  private readonly masks: Uint8Array[][];
  private readonly numbers: Array<Float64Array | null>;
  private readonly never: Uint8Array;

  constructor(
    private readonly events: ColumnarEvents,
    filters: readonly FunnelFilter[]
  ) {
    this.size = filters.length;
    this.codes = [];
    this.masks = [];
    this.numbers = [];
    this.never = new Uint8Array(filters.length);
    filters.forEach((filter, f) => {
      const codes: Int32Array[] = [];
      const masks: Uint8Array[] = [];
      let numbers: Float64Array | null = null;
      for (const [column, wanted] of Object.entries(filter)) {
        const list = Array.isArray(wanted) ? wanted : [wanted];
        if (column === 'value') {
          numbers = Float64Array.from(list, (w) => Number(w));
        } else if (isText(column)) {
          const texts = new Set(list.map((w) => String(w)));
          codes.push(events.text[column].codes);
          masks.push(Uint8Array.from(events.text[column].dict, (s) => (texts.has(s) ? 1 : 0)));
        } else {
          this.never[f] = 1;
        }
      }
      this.codes.push(codes);
      this.masks.push(masks);
      this.numbers.push(numbers);
    });
  }

  test(f: number, i: number): boolean {
    if (this.never[f] === 1) {
      return false;
    }
    const codes = this.codes[f] ?? [];
    const masks = this.masks[f] ?? [];
    for (let m = 0; m < codes.length; m++) {
      if ((masks[m] as Uint8Array)[(codes[m] as Int32Array)[i] as number] !== 1) {
        return false;
      }
    }
    const numbers = this.numbers[f] ?? null;
    if (numbers !== null) {
      const v = this.events.value[i];
      for (let k = 0; k < numbers.length; k++) {
        if (numbers[k] === v) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** Event i meets any of the filters. */
  any(i: number): boolean {
    for (let f = 0; f < this.size; f++) {
      if (this.test(f, i)) {
        return true;
      }
    }
    return false;
  }
}
