import { aCycle } from './fixtures';
import { myCycles } from './mine';

describe('myCycles', () => {
  const open = aCycle({
    id: 'open',
    unit: 'u',
    year: 2026,
    state: 'open',
    assessors: ['Carol', 'dan'],
    lead: 'dan',
    progress: { Carol: 4, dan: 10 },
    criteria: 10,
  });
  const doneOpen = aCycle({ ...open, id: 'done', progress: { Carol: 10, dan: 2 } });
  const calibration = aCycle({ id: 'cal', unit: 'v', year: 2025, state: 'calibration', lead: 'CAROL' });
  const released = aCycle({ id: 'rel', unit: 'w', year: 2024, lead: 'carol', assessors: ['carol'], progress: {} });

  it('picks unfinished assessments and calibrations led, identities compared case-insensitively', () => {
    const mine = myCycles([open, doneOpen, calibration, released], 'carol');
    expect(mine.map((m) => [m.cycle.id, m.tab, m.todo])).toEqual([
      ['cal', 'calibration', 'settle the disputes and release'],
      ['open', 'assess', '4 of 10 criteria answered'],
    ]);
  });

  it('gives the lead of an open cycle only their own unfinished assessment', () => {
    expect(myCycles([open, doneOpen], 'Dan').map((m) => m.cycle.id)).toEqual(['done']);
  });

  it('is empty for someone not named', () => {
    expect(myCycles([open, calibration, released], 'erin')).toEqual([]);
  });
});
