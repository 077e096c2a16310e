import { conversionTexts, dropOffText, stageAriaLabel, tooltipLines } from './describe';
import { humanDuration } from './format';
import { display, stageView } from './testing';

const signup = stageView({
  key: 'signup',
  name: 'Signup',
  value: 600,
  display: display(600),
  conversion: 0.6,
  stepConversion: 0.75,
  conversionInterval: [0.569, 0.63],
  stepConversionInterval: null,
  dropOff: 200,
  previous: 500,
  previousDisplay: display(500),
  previousConversion: 0.5,
  change: 0.1,
  significant: true,
  medianTimeToConvert: 2.3 * 86400,
  meanTimeToConvert: 3 * 86400,
  inProgress: 40,
});

describe('stage descriptions', () => {
  it('labels bars with the conversions asked for', () => {
    expect(conversionTexts(signup, 'both')).toEqual(['60% of first', '75% of previous']);
    expect(conversionTexts(signup, 'first')).toEqual(['60% of first']);
    expect(conversionTexts(signup, 'previous')).toEqual(['75% of previous']);
  });

  it('reads every number to a screen reader', () => {
    expect(stageAriaLabel(signup)).toBe(
      'Signup: 600, 60% of first stage, 75% of previous stage, 40 in progress, +10 pts against the previous period, significant'
    );
  });

  it('writes the drop-off with the share lost', () => {
    expect(dropOffText(200, 0.25)).toBe('200 lost (25%)');
    expect(dropOffText(200, null)).toBe('200 lost');
  });

  it('lists the tooltip lines with intervals', () => {
    expect(tooltipLines(signup, humanDuration)).toEqual([
      { label: 'Count', value: '600' },
      { label: 'Of first stage', value: '60% (95% CI 56.9–63%)' },
      { label: 'Of previous stage', value: '75%' },
      { label: 'Dropped off', value: '200' },
      { label: 'Previous period', value: '500 (50% of first)' },
      { label: 'Change', value: '+10 pts, significant' },
      { label: 'Time to convert', value: 'median 2.3 days, mean 3 days' },
      { label: 'In progress', value: '40' },
    ]);
    expect(tooltipLines(stageView({ key: 'a', value: 5 }), humanDuration)).toEqual([{ label: 'Count', value: '5' }]);
  });
});
