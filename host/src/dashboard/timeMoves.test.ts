import { msToUrl, shiftRange, zoomOut } from './timeMoves';

describe('time picker moves', () => {
  const day = { from: 1_000_000, to: 1_000_000 + 86_400_000 };

  test('back and forward move by half the span (43 200 000 ms of a day)', () => {
    expect(shiftRange(day, -1)).toEqual({ from: 1_000_000 - 43_200_000, to: 1_000_000 + 43_200_000 });
    expect(shiftRange(day, 1)).toEqual({ from: 1_000_000 + 43_200_000, to: 1_000_000 + 129_600_000 });
  });

  test('zoom out doubles the span around the centre', () => {
    // centre 1 000 000 + 43 200 000 = 44 200 000; new ends centre ± 86 400 000.
    expect(zoomOut(day)).toEqual({ from: 44_200_000 - 86_400_000, to: 44_200_000 + 86_400_000 });
    expect(msToUrl({ from: 1, to: 2 })).toEqual({ from: '1', to: '2' });
  });
});
