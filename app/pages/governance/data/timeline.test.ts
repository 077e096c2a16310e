import { layoutTimeline, phaseOf } from './timeline';

describe('layoutTimeline', () => {
  it('places windows on 5%..95% of the track, overlapping ones in separate lanes', () => {
    // span 0..1000 → x% = 5 + 90 * t / 1000
    const layout = layoutTimeline(
      [
        { id: 'c', from: 600, to: 1000 },
        { id: 'a', from: 0, to: 100 },
        { id: 'b', from: 50, to: 150 },
      ],
      120
    );
    expect(layout.start).toBe(0);
    expect(layout.end).toBe(1000);
    expect(layout.nowLeft).toBeCloseTo(15.8); // 5 + 90 * 0.12
    expect(layout.lanes).toBe(2);
    const bars = layout.bars.map((b) => ({ ...b, left: Number(b.left.toFixed(3)), width: Number(b.width.toFixed(3)) }));
    expect(bars).toEqual([
      { id: 'a', left: 5, width: 9, lane: 0, phase: 'past' },
      // 5 + 90 * 0.05 = 9.5
      { id: 'b', left: 9.5, width: 9, lane: 1, phase: 'active' },
      // 5 + 90 * 0.6 = 59; 90 * 0.4 = 36; lane 0 is free again after a ends at 100
      { id: 'c', left: 59, width: 36, lane: 0, phase: 'upcoming' },
    ]);
  });

  it('stretches the axis to now when now lies outside every window', () => {
    // span 0..200 → now at 200 sits at 95%, the window [0, 100) at 5%..50%
    const layout = layoutTimeline([{ id: 'a', from: 0, to: 100 }], 200);
    expect(layout.nowLeft).toBe(95);
    expect(layout.bars[0]?.width).toBe(45);
  });

  it('draws only now when there are no windows', () => {
    const layout = layoutTimeline([], 5000);
    expect(layout).toEqual({ start: 5000, end: 5000 + 86_400_000, nowLeft: 5, lanes: 1, bars: [] });
  });

  it('counts the end as outside the window', () => {
    expect(phaseOf({ from: 0, to: 100 }, 100)).toBe('past');
    expect(phaseOf({ from: 0, to: 100 }, 0)).toBe('active');
    expect(phaseOf({ from: 10, to: 100 }, 9)).toBe('upcoming');
  });
});
