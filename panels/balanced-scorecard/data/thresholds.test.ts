import { createTheme, ThresholdsMode } from '@grafana/data';
import { defaultOptions } from '../options';
import { lightOf } from './hue';
import { directionOf, fromFieldThresholds, resolveThresholds } from './thresholds';

const theme = createTheme();
const scoring = defaultOptions.scoring;
const row = { target: null, redFlag: null, goal: null, direction: null };
const steps = (...s: Array<[number, string]>) => ({
  mode: ThresholdsMode.Absolute,
  steps: s.map(([value, color]) => ({ value, color })),
});

describe('lightOf', () => {
  it('tells red and green from other colours in hex, rgb and Grafana palette hex', () => {
    expect(['#F2495C', '#f00', 'rgb(196, 22, 42)'].map(lightOf)).toEqual(['red', 'red', 'red']);
    expect(['#73BF69', 'rgba(86, 166, 75, 1)'].map(lightOf)).toEqual(['green', 'green']);
    expect(['#FF9830', '#5794F2', '#808080', 'transparent'].map(lightOf)).toEqual(['other', 'other', 'other', 'other']);
  });
});

describe('fromFieldThresholds', () => {
  it('reads red → orange → green as higher is better and green → orange → red as lower is better', () => {
    expect(fromFieldThresholds(steps([-Infinity, 'red'], [20, 'orange'], [45, 'green']), theme)).toEqual({
      redFlag: 20,
      goal: 45,
      direction: 'higher-is-better',
    });
    expect(fromFieldThresholds(steps([-Infinity, 'green'], [2.5, 'orange'], [5, 'red']), theme)).toEqual({
      redFlag: 5,
      goal: 2.5,
      direction: 'lower-is-better',
    });
  });

  it("ignores Grafana's default thresholds and anything it cannot read as a traffic light", () => {
    expect(fromFieldThresholds(steps([-Infinity, 'green'], [80, 'red']), theme)).toBeNull();
    expect(fromFieldThresholds(steps([-Infinity, 'blue'], [1, 'purple'], [2, 'green']), theme)).toBeNull();
    expect(
      fromFieldThresholds(
        { ...steps([-Infinity, 'red'], [1, 'orange'], [2, 'green']), mode: ThresholdsMode.Percentage },
        theme
      )
    ).toBeNull();
  });
});

describe('resolveThresholds', () => {
  it('takes red flag and goal fields first, with the row direction or the panel default', () => {
    expect(resolveThresholds({ ...row, redFlag: 1, goal: 2, target: 9 }, undefined, scoring, theme)).toEqual({
      redFlag: 1,
      goal: 2,
      direction: 'higher-is-better',
      source: 'fields',
    });
  });

  it('then the value field thresholds, unless the row direction contradicts them', () => {
    const config = steps([-Infinity, 'red'], [20, 'orange'], [45, 'green']);
    expect(resolveThresholds({ ...row, target: 50 }, config, scoring, theme)).toMatchObject({
      source: 'field-config',
      goal: 45,
    });
    expect(resolveThresholds({ ...row, target: 50, direction: 'lower' }, config, scoring, theme)).toMatchObject({
      source: 'target',
      goal: 50,
      redFlag: 60,
      direction: 'lower-is-better',
    });
  });

  it('then the goal or target with the red flag the configured share away, and nothing for a zero target', () => {
    expect(resolveThresholds({ ...row, target: -10 }, undefined, { ...scoring, redFlagGap: 50 }, theme)).toMatchObject({
      goal: -10,
      redFlag: -15,
    });
    expect(resolveThresholds({ ...row, target: 0 }, undefined, scoring, theme)).toMatchObject({
      source: 'none',
      goal: null,
    });
    expect(
      resolveThresholds({ ...row, target: 0, redFlag: 5, direction: 'lower-is-better' }, undefined, scoring, theme)
    ).toMatchObject({
      source: 'target',
      goal: 0,
      redFlag: 5,
    });
    expect(resolveThresholds(row, undefined, scoring, theme)).toMatchObject({ source: 'none' });
  });

  it('reads directions loosely', () => {
    expect(['higher-is-better', 'Higher', 'lower_is_better', 'up', null].map(directionOf)).toEqual([
      'higher-is-better',
      'higher-is-better',
      'lower-is-better',
      null,
      null,
    ]);
  });
});
