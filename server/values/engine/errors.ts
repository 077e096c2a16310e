/** Requests the engine refuses because they would cost too much. */
export type ValueLimitCode = 'too-many-points' | 'range-too-long' | 'too-many-series' | 'time-budget';

export type ValueErrorCode =
  | ValueLimitCode
  | 'invalid-request'
  | 'invalid-definition'
  | 'breakdown-unsupported'
  | 'filter-unsupported'
  | 'expression-cycle'
  | 'expression-too-deep';

/** A computation the engine cannot do as asked; `code` says why, `message` says what to change. */
export class ValueEngineError extends Error {
  override readonly name: string = 'ValueEngineError';
  constructor(
    readonly code: ValueErrorCode,
    message: string
  ) {
    super(message);
  }
}

/** A request beyond one of the engine's limits (points, range, series, time). */
export class ValueLimitError extends ValueEngineError {
  override readonly name: string = 'ValueLimitError';
  constructor(
    override readonly code: ValueLimitCode,
    message: string
  ) {
    super(code, message);
  }
}
