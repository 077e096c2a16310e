export {
  compileMeasure,
  isWholeRange,
  type CompiledMeasure,
  type Measure,
  type MeasureRequest,
} from './compile-measure';
export { SqlMeasureRunner, type MeasureRunnerDeps } from './measure-runner';
export { measurePoint } from './points';
export { measureSeries, type SeriesOptions } from './series';
export { SURVEY_SCALES } from './scales';
