import { type SqlParam } from '../../store/sql';

/** Collects values as `$1, $2, …` placeholders, so no value is ever written into SQL text. */
export class SqlParams {
  readonly values: SqlParam[] = [];

  add(value: SqlParam): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  timestamp(ms: number): string {
    return `CAST(${this.add(new Date(ms).toISOString())} AS TIMESTAMPTZ)`;
  }
}
