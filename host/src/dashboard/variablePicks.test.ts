import type { VariableJson, VariableState } from '../templating/variables';
import { currentValues, dependentsOf, nextMulti, pickerLabel, pickerOptions, visibleVariables } from './variablePicks';

function state(json: Partial<VariableJson>, values: string[] = ['a']): VariableState {
  return {
    json: { name: 'v', type: 'custom', ...json },
    options: [
      { text: 'Alpha', value: 'a' },
      { text: 'b', value: 'b' },
    ],
    current: { text: values, value: values },
  };
}

describe('visibleVariables and pickerLabel', () => {
  test('constants and hide = 2 are not shown; hide = 1 shows the picker without its label', () => {
    const list = [
      state({ name: 'shown', label: 'Shown' }),
      state({ name: 'k', type: 'constant' }),
      state({ name: 'hidden', hide: 2 }),
      state({ name: 'nolabel', hide: 1 }),
    ];
    expect(visibleVariables(list).map((s) => s.json.name)).toEqual(['shown', 'nolabel']);
    expect(pickerLabel({ name: 'shown', type: 'custom', label: 'Shown' })).toBe('Shown');
    expect(pickerLabel({ name: 'plain', type: 'custom', label: '' })).toBe('plain');
    expect(pickerLabel({ name: 'nolabel', type: 'custom', hide: 1 })).toBeUndefined();
  });
});

describe('pickerOptions', () => {
  test('option texts as labels, All first when the variable includes it', () => {
    expect(pickerOptions(state({}))).toEqual([
      { label: 'Alpha', value: 'a' },
      { label: 'b', value: 'b' },
    ]);
    expect(pickerOptions(state({ includeAll: true }))[0]).toEqual({ label: 'All', value: '$__all' });
    expect(currentValues({ ...state({}), current: { text: 'b', value: 'b' } })).toEqual(['b']);
  });
});

describe('nextMulti', () => {
  const withAll = state({ multi: true, includeAll: true });

  test('picking All replaces the others; picking a value next to All drops All', () => {
    expect(nextMulti(['a'], ['a', '$__all'], withAll)).toEqual(['$__all']);
    expect(nextMulti(['$__all'], ['$__all', 'b'], withAll)).toEqual(['b']);
    expect(nextMulti(['a'], ['a', 'b'], withAll)).toEqual(['a', 'b']);
  });

  test('an empty pick falls back to All, else to the first option', () => {
    expect(nextMulti(['a'], [], withAll)).toEqual(['$__all']);
    expect(nextMulti(['a'], [], state({ multi: true }))).toEqual(['a']);
  });
});

describe('dependentsOf', () => {
  const list: VariableJson[] = [
    { name: 'letter', type: 'query', query: '*' },
    { name: 'sub', type: 'query', query: '${letter}.*' },
    { name: 'leaf', type: 'query', query: '$sub.x' },
    { name: 'other', type: 'custom', query: 'letters,b' },
    { name: 'obj', type: 'query', query: { refId: 'A', filter: '[[letter]]' } },
  ];

  test('later variables using it as $x, ${x…} or [[x]], transitively; a longer name is not a use', () => {
    expect(dependentsOf(list, 'letter')).toEqual(['sub', 'leaf', 'obj']);
    expect(dependentsOf(list, 'sub')).toEqual(['leaf']);
    expect(dependentsOf(list, 'obj')).toEqual([]);
    expect(dependentsOf(list, 'missing')).toEqual([]);
  });
});
