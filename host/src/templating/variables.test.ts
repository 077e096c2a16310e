import { customOptions, overriddenCurrent, savedCurrent, staticOptions, type VariableJson } from './variables';

describe('customOptions', () => {
  test('comma-separated values, "text : value" pairs and escaped commas', () => {
    expect(customOptions('a, b ,Key : v1,x\\,y')).toEqual([
      { text: 'a', value: 'a' },
      { text: 'b', value: 'b' },
      { text: 'Key', value: 'v1' },
      { text: 'x,y', value: 'x,y' },
    ]);
  });
});

describe('staticOptions', () => {
  test('constant and textbox have one option; interval adds auto when enabled', () => {
    expect(staticOptions({ name: 'c', type: 'constant', query: 'k' })).toEqual([{ text: 'k', value: 'k' }]);
    expect(
      staticOptions({ name: 't', type: 'textbox', query: 'def', current: { text: 'typed', value: 'typed' } })
    ).toEqual([{ text: 'typed', value: 'typed' }]);
    expect(staticOptions({ name: 'i', type: 'interval', query: '1m, 1h', auto: true }).map((o) => o.value)).toEqual([
      '$__auto',
      '1m',
      '1h',
    ]);
  });
});

const multi: VariableJson = { name: 'm', type: 'custom', query: 'a,b,c', multi: true, includeAll: true };
const options = customOptions('Alpha : a,b,c');

describe('savedCurrent', () => {
  test('keeps saved values that are options and drops the others', () => {
    const json = { ...multi, current: { text: ['x'], value: ['a', 'gone', 'c'] } };
    expect(savedCurrent(json, options)).toEqual({ value: ['a', 'c'], text: ['Alpha', 'c'] });
  });

  test('keeps All when includeAll, else the first option', () => {
    expect(savedCurrent({ ...multi, current: { text: 'All', value: '$__all' } }, options).value).toEqual(['$__all']);
    expect(
      savedCurrent({ ...multi, includeAll: false, current: { text: 'All', value: '$__all' } }, options).value
    ).toEqual(['a']);
    expect(savedCurrent({ name: 's', type: 'custom' }, options)).toEqual({ value: 'a', text: 'Alpha' });
  });

  test('without options, All when includeAll', () => {
    expect(savedCurrent({ ...multi, current: undefined }, []).value).toEqual(['$__all']);
  });
});

describe('overriddenCurrent', () => {
  test('maps option texts to values and keeps unknown values, as Grafana keeps URL values', () => {
    expect(overriddenCurrent(multi, options, ['Alpha', 'zzz'])).toEqual({
      value: ['a', 'zzz'],
      text: ['Alpha', 'zzz'],
    });
    expect(overriddenCurrent({ name: 's', type: 'custom' }, options, 'c')).toEqual({ value: 'c', text: 'c' });
  });
});
