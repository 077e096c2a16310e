import { FieldColorModeId, FieldMatcherID, formattedValueToString, MappingType, ThresholdsMode } from '@grafana/data';
import { frame, inputError, theme, total, view } from './testFrames';

const journey = () =>
  frame({
    stage: ['visit', 'signup', 'trial', 'purchase'],
    value: [1000, 400, 100, 25],
    previous: [800, 400, 120, 20],
  });

describe('funnelView of long rows', () => {
  it('computes conversions of the first and the previous stage, drop-off and Wilson intervals', () => {
    const v = view([journey()]);
    expect(v.input).toBe('long');
    expect(total(v, 'key')).toEqual(['visit', 'signup', 'trial', 'purchase']);
    expect(total(v, 'index')).toEqual([0, 1, 2, 3]);
    expect(total(v, 'value')).toEqual([1000, 400, 100, 25]);
    expect(total(v, 'conversion')).toEqual([1, 0.4, 0.1, 0.025]);
    expect(total(v, 'stepConversion')).toEqual([null, 0.4, 0.25, 0.25]);
    expect(total(v, 'dropOff')).toEqual([null, 600, 300, 75]);
    const [, signup, trial] = v.groups[0]?.stages ?? [];
    // Wilson at z = 1.96: 400 of 1000, 100 of 1000 and 100 of 400, worked out by hand
    expect(signup?.conversionInterval?.[0]).toBeCloseTo(0.370074, 5);
    expect(signup?.conversionInterval?.[1]).toBeCloseTo(0.430691, 5);
    expect(trial?.conversionInterval?.[0]).toBeCloseTo(0.082909, 5);
    expect(trial?.stepConversionInterval?.[0]).toBeCloseTo(0.210078, 5);
    expect(trial?.stepConversionInterval?.[1]).toBeCloseTo(0.294678, 5);
    expect(v.groups[0]?.stages[0]?.stepConversionInterval).toBeNull();
    expect(total(v, 'impossible')).toEqual([false, false, false, false]);
    expect(v.warnings).toEqual([]);
  });

  it('compares with the previous period: conversion then, change and significance', () => {
    const v = view([journey()]);
    expect(v.hasPrevious).toBe(true);
    expect(total(v, 'previous')).toEqual([800, 400, 120, 20]);
    expect(total(v, 'previousConversion')).toEqual([1, 0.5, 0.15, 0.025]);
    const change = total(v, 'change');
    expect(change[1]).toBeCloseTo(-0.1, 10);
    expect(change[2]).toBeCloseTo(-0.05, 10);
    expect(change[3]).toBeCloseTo(0, 10);
    // 0.4 vs 0.5: z = 4.24; 0.10 vs 0.15: z = 3.22; 0.025 vs 0.025: no difference
    expect(total(v, 'significant')).toEqual([false, true, true, false]);
    expect(formattedValueToString(v.groups[0]?.stages[1]?.previousDisplay ?? { text: '' })).toBe('400');
  });

  it('has no previous period without the previous field', () => {
    const v = view([frame({ stage: ['a', 'b'], value: [10, 5] })]);
    expect(v.hasPrevious).toBe(false);
    expect(total(v, 'previous')).toEqual([null, null]);
    expect(total(v, 'change')).toEqual([null, null]);
  });

  it('keeps the data order when counts rise, and flags the stage that exceeds the one before', () => {
    const v = view([frame({ stage: ['Purchase', 'Trial', 'Visit'], value: [10, 50, 200] })]);
    expect(total(v, 'name')).toEqual(['Purchase', 'Trial', 'Visit']);
    expect(total(v, 'value')).toEqual([10, 50, 200]);
    expect(total(v, 'impossible')).toEqual([false, true, true]);
    expect(total(v, 'problem')).toEqual([
      null,
      'Trial 50 exceeds Purchase 10: step conversion 500%',
      'Visit 200 exceeds Trial 50: step conversion 400%',
    ]);
    expect(total(v, 'stepConversion')).toEqual([null, 5, 4]);
    expect(total(v, 'dropOff')).toEqual([null, -40, -150]);
  });

  it('flags a negative count', () => {
    const v = view([frame({ stage: ['a', 'b'], value: [10, -2] })]);
    expect(total(v, 'problem')).toEqual([null, 'b has a negative count (-2)']);
    expect(total(v, 'impossible')).toEqual([false, true]);
  });

  it('sums several rows of one stage, in order of first appearance', () => {
    const v = view([frame({ stage: ['visit', 'signup', 'visit', 'signup'], value: [600, 300, 400, 100] })]);
    expect(total(v, 'key')).toEqual(['visit', 'signup']);
    expect(total(v, 'value')).toEqual([1000, 400]);
    expect(total(v, 'conversion')).toEqual([1, 0.4]);
  });

  it('splits by the breakdown field: the total first, then each value in data order', () => {
    const v = view([
      frame({
        stage: ['visit', 'visit', 'signup', 'signup', 'visit', 'buy', 'buy'],
        segment: ['web', 'app', 'web', 'app', 'email', 'app', 'web'],
        value: [600, 400, 300, 100, 50, 20, 30],
      }),
    ]);
    expect(v.breakdownField).toBe('segment');
    expect(v.groups.map((g) => g.breakdown)).toEqual([null, 'web', 'app', 'email']);
    expect(v.groups.map((g) => g.stages.map((s) => s.value))).toEqual([
      [1050, 400, 50],
      [600, 300, 30],
      [400, 100, 20],
      [50, 0, 0],
    ]);
    expect(v.groups[2]?.stages.map((s) => s.conversion)).toEqual([1, 0.25, 0.05]);
    expect(v.groups[1]?.stages.map((s) => s.stepConversion)).toEqual([null, 0.5, 0.1]);
  });

  it('reads fields by the names chosen in the options', () => {
    const data = frame({ step: ['a', 'b'], users: [10, 4], last: [8, 4], channel: ['x', 'x'] });
    const v = view([data], { stageField: 'step', valueField: 'users', previousField: 'last', segmentField: 'channel' });
    expect(total(v, 'value')).toEqual([10, 4]);
    expect(total(v, 'previous')).toEqual([8, 4]);
    expect(v.groups.map((g) => g.breakdown)).toEqual([null, 'x']);
  });

  it('names the missing field and the fields there are', () => {
    const data = frame({ stage: ['a'], value: [1] });
    expect(inputError([data], { stageField: 'step' })).toBe(
      'The stage field "step" is not in the data. Fields: "stage", "value".'
    );
    expect(inputError([data], { layout: 'long', valueField: 'users' })).toBe(
      'The value field "users" is not in the data. Fields: "stage", "value".'
    );
    expect(inputError([data], { segmentField: 'channel' })).toBe(
      'The breakdown field "channel" is not in the data. Fields: "stage", "value".'
    );
    expect(inputError([data], { previousField: 'before' })).toBe(
      'The previous-period field "before" is not in the data. Fields: "stage", "value".'
    );
    expect(inputError([frame({ step: ['a'], n: [1] })], { layout: 'long' })).toBe(
      'The stage field "stage" is not in the data. Fields: "step", "n".'
    );
  });

  it('counts a value that is not a number as missing, with a warning naming row and field', () => {
    const v = view([frame({ stage: ['a', 'b', 'c'], value: [10, 'many', null] })]);
    expect(total(v, 'value')).toEqual([10, null, null]);
    expect(total(v, 'conversion')).toEqual([1, null, null]);
    expect(v.warnings).toEqual([
      'Row 2 (b): "value" has "many", not a number; counted as missing.',
      'Row 3 (c): "value" has no value; counted as missing.',
    ]);
  });

  it('formats, colours and links each stage from the value field config', () => {
    const v = view(
      [journey()],
      {},
      {
        defaults: {
          unit: 'short',
          decimals: 1,
          color: { mode: FieldColorModeId.Thresholds },
          thresholds: {
            mode: ThresholdsMode.Absolute,
            steps: [
              { value: -Infinity, color: 'green' },
              { value: 500, color: 'red' },
            ],
          },
          links: [{ title: 'Row ${__row}', url: '/d/stage?row=${__row}' }],
        },
      }
    );
    const stages = v.groups[0]?.stages ?? [];
    expect(stages.map((s) => formattedValueToString(s.display))).toEqual(['1.0 K', '400.0', '100.0', '25.0']);
    expect(stages.map((s) => s.color)).toEqual([
      theme.visualization.getColorByName('red'),
      theme.visualization.getColorByName('green'),
      theme.visualization.getColorByName('green'),
      theme.visualization.getColorByName('green'),
    ]);
    expect(stages.map((s) => s.links.map((l) => l.title))).toEqual([['Row 0'], ['Row 1'], ['Row 2'], ['Row 3']]);
  });

  it('names stages through value mappings on the stage field, keeping their ids as keys', () => {
    const v = view(
      [journey()],
      {},
      {
        overrides: [
          {
            matcher: { id: FieldMatcherID.byName, options: 'stage' },
            properties: [
              {
                id: 'mappings',
                value: [{ type: MappingType.ValueToText, options: { signup: { text: 'Sign-up', index: 0 } } }],
              },
            ],
          },
        ],
      }
    );
    expect(total(v, 'name')).toEqual(['visit', 'Sign-up', 'trial', 'purchase']);
    expect(total(v, 'key')).toEqual(['visit', 'signup', 'trial', 'purchase']);
  });
});
