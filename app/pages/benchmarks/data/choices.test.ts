import { choicesOf } from './choices';

const released = [
  { model: 'm2', year: 2025, unit: 'u1' },
  { model: 'm1', year: 2024, unit: 'b' },
  { model: 'm1', year: 2025, unit: 'c' },
  { model: 'm1', year: 2025, unit: 'a' },
  { model: 'm1', year: 2026, unit: 'a' },
];

describe('choicesOf', () => {
  it('defaults to the first model, its latest year and the first unit of that year', () => {
    const c = choicesOf(released, { model: '', year: null, unit: '' });
    expect(c.model).toEqual({ options: ['m1', 'm2'], value: 'm1' });
    expect(c.year).toEqual({ options: [2026, 2025, 2024], value: 2026 });
    expect(c.unit).toEqual({ options: ['a'], value: 'a' });
  });

  it('keeps a wanted model, year and unit that exist', () => {
    const c = choicesOf(released, { model: 'm1', year: 2025, unit: 'c' });
    expect(c.year.value).toBe(2025);
    expect(c.unit).toEqual({ options: ['a', 'c'], value: 'c' });
    expect(choicesOf(released, { model: 'm2', year: null, unit: '' }).year).toEqual({ options: [2025], value: 2025 });
  });

  it('falls back to the defaults for choices that do not exist', () => {
    const c = choicesOf(released, { model: 'gone', year: 2023, unit: 'zz' });
    expect([c.model.value, c.year.value, c.unit.value]).toEqual(['m1', 2026, 'a']);
  });

  it('has no choice without released cycles', () => {
    const c = choicesOf([], { model: 'm1', year: 2025, unit: 'a' });
    expect([c.model.value, c.year.value, c.unit.value]).toEqual([null, null, null]);
  });
});
