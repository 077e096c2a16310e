export { csat, mean, nps, proportion, Z95, type Estimate } from './estimates';
export { insufficientSample } from './sample';
