import { cycleFixture } from '../fixtures';
import { actBlock, releaseBlock, settleBlock, stateOf, waitingFor } from './access';
import { shortTime } from './answers';

const notLead =
  'Only the lead, Carol, settles disputes and releases the results; you are bob, so this view is read-only.';

describe('who may act', () => {
  it('lets the lead (any case) act, nobody else, not even a Grafana Admin', () => {
    expect(actBlock('Carol', { login: 'carol', role: 'Viewer' })).toBeUndefined();
    expect(actBlock('Carol', { login: 'root', role: 'Admin' })).toBe(
      'Only the lead, Carol, settles disputes and releases the results; you are root, so this view is read-only.'
    );
    expect(actBlock('Carol', { login: 'bob', role: 'Editor' })).toBe(notLead);
  });

  it('settles only in calibration', () => {
    expect(settleBlock('open', undefined)).toBe(
      'Disputes are settled once the cycle is in calibration, when every assessor has answered.'
    );
    expect(settleBlock('released', undefined)).toBe('The results are released and locked.');
    expect(settleBlock('calibration', undefined)).toBeUndefined();
    expect(settleBlock('calibration', notLead)).toBe(notLead);
  });

  it('takes the later state of the cycle and the results', () => {
    expect(stateOf({ state: 'calibration' }, { state: 'released' })).toBe('released');
    expect(stateOf({ state: 'calibration' }, { state: 'open' })).toBe('calibration');
  });
});

describe('releaseBlock', () => {
  it('allows release in calibration with no dispute, for the lead', () => {
    expect(releaseBlock('calibration', cycleFixture, [], undefined)).toBeUndefined();
  });

  it('names the remaining disputes', () => {
    expect(releaseBlock('calibration', cycleFixture, ['ci'], undefined)).toBe(
      '1 criterion is still disputed (ci): settle them before releasing.'
    );
    expect(releaseBlock('calibration', cycleFixture, ['ci', 'deploy'], undefined)).toBe(
      '2 criteria are still disputed (ci, deploy): settle them before releasing.'
    );
  });

  it('says who may release, that an open cycle waits and that released is locked', () => {
    expect(releaseBlock('calibration', cycleFixture, ['ci'], notLead)).toBe(notLead);
    expect(releaseBlock('open', cycleFixture, [], undefined)).toBe(
      'The cycle is still open: it can be released after calibration, once every assessor has answered.'
    );
    const released = { releasedBy: 'Carol', releasedAt: '2026-12-01T08:30:00Z' };
    expect(releaseBlock('released', released, [], undefined)).toBe(
      'Released by Carol on 2026-12-01 08:30 UTC: released results are locked.'
    );
  });
});

describe('waitingFor', () => {
  it('lists the assessors who have not answered every criterion', () => {
    expect(waitingFor({ ...cycleFixture, state: 'open', progress: { alice: 6, bob: 2 } })).toBe(
      'bob (2 of 6), carol (0 of 6)'
    );
    expect(waitingFor(cycleFixture)).toBe('');
  });
});

describe('shortTime', () => {
  it('shortens an ISO time to minutes in UTC', () => {
    expect(shortTime('2026-11-20T14:05:00Z')).toBe('2026-11-20 14:05 UTC');
    expect(shortTime('yesterday')).toBe('yesterday');
  });
});
