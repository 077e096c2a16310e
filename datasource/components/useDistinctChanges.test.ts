import { renderHook } from '@testing-library/react';
import { useDistinctChanges } from './useDistinctChanges';

describe('useDistinctChanges', () => {
  it('passes each new query on once, and a query changed from outside can be chosen again', () => {
    const onChange = jest.fn();
    const { result, rerender } = renderHook(({ saved }) => useDistinctChanges(saved, onChange), {
      initialProps: { saved: { kpi: '' } },
    });
    expect(result.current({ kpi: 'a' })).toBe(true);
    expect(result.current({ kpi: 'a' })).toBe(false);
    rerender({ saved: { kpi: 'a' } });
    expect(result.current({ kpi: 'a' })).toBe(false);
    rerender({ saved: { kpi: 'b' } });
    expect(result.current({ kpi: 'a' })).toBe(true);
    expect(onChange.mock.calls).toEqual([[{ kpi: 'a' }], [{ kpi: 'a' }]]);
  });
});
