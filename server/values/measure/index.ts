export { compileMeasure, type CompiledMeasure, type Measure, type MeasureRequest } from './compile-measure';
export { SqlMeasureRunner, type MeasureRunnerDeps } from './measure-runner';
export { measurePoint, type PointChecks } from './points';
export { measureSeries, type SeriesOptions } from './series';
export { SURVEY_SCALES } from './scales';
