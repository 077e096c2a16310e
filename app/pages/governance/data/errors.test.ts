import { KpiServerError } from '../../../api/kpiServer';
import { ageOf, explainError } from './errors';

describe('explainError', () => {
  it('says what each refusal means', () => {
    const fourEyes = new KpiServerError(
      'four-eyes: KPI x needs an approver other than its author alice',
      403,
      'forbidden'
    );
    expect(explainError(fourEyes)).toBe(
      'Refused by four-eyes (403): four-eyes: KPI x needs an approver other than its author alice'
    );
    expect(explainError(new KpiServerError('version 3 of KPI x is a newer proposal', 409, 'conflict'))).toBe(
      'Out of date (409): version 3 of KPI x is a newer proposal. The list has been reloaded; look again before deciding.'
    );
    expect(explainError(new KpiServerError('q4-close: quarter close', 423, 'frozen'))).toBe(
      'Frozen (423): a freeze window covers this resource (q4-close: quarter close). Decide after the window ends.'
    );
    expect(explainError(new KpiServerError('Failed to fetch', 0, 'network'))).toBe(
      'Could not reach the KPI server through Grafana: Failed to fetch'
    );
  });
});

describe('ageOf', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  it('rounds down to the largest unit', () => {
    expect(ageOf('2026-11-22T11:59:30Z', now)).toBe('30 s ago');
    // 12:00 - 11:15 = 45 min
    expect(ageOf('2026-11-22T11:15:00Z', now)).toBe('45 min ago');
    // 12:00 - 08:59 = 3 h 1 min
    expect(ageOf('2026-11-22T08:59:00Z', now)).toBe('3 h ago');
    // 22 Nov 12:00 - 19 Nov 18:00 = 2 d 18 h
    expect(ageOf('2026-11-19T18:00:00Z', now)).toBe('2 d ago');
    expect(ageOf('2026-11-23T00:00:00Z', now)).toBe('0 s ago');
  });
});
