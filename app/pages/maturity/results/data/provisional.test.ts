import {
  calibrationCycle,
  calibrationResults,
  openCycle,
  openResults,
  releasedCycle,
  releasedResults,
} from '../fixtures';
import { provisionalOf } from './provisional';

describe('provisionalOf', () => {
  it('is null once released', () => {
    expect(provisionalOf(releasedCycle, releasedResults)).toBeNull();
  });

  it('counts the remaining disputes in calibration', () => {
    expect(provisionalOf(calibrationCycle, calibrationResults)).toEqual({
      title: 'Provisional results: the cycle is in calibration',
      body: '2 disputes remain for the lead to settle before release; stages may still change.',
    });
    expect(provisionalOf(calibrationCycle, { ...calibrationResults, disputed: [] })?.body).toBe(
      'No dispute remains; the stages are final once the lead releases the cycle.'
    );
  });

  it('says while open who has finished and that only your own answers show', () => {
    // ann answered 7 of 7, bo 4 of 7; only bo's stages are in the results.
    expect(provisionalOf(openCycle, openResults)).toEqual({
      title: 'Provisional results: the cycle is open',
      body:
        '1 of 2 assessors have answered every criterion. Only your own answers are visible until every ' +
        'assessor has answered. Stages may still change.',
    });
  });
});
