import { aDelivery, anEscalation, NOW } from '../fixtures';
import { breachSummary, byAt, byReceiver, deliveryStatus, numberText, resolvedText } from './describe';
import { relative } from './time';

describe('breachSummary', () => {
  it('says the condition, how many of the window and through when', () => {
    expect(breachSummary(anEscalation().breach)).toBe('critical 3 of the last 3 periods, through 2026-11');
    expect(breachSummary({ status: 'below-target', periods: 1, of: 1, through: '2026-W48', detail: [] })).toBe(
      'below target 1 of the last period, through 2026-W48'
    );
  });
});

describe('relative', () => {
  it('counts back or forward in the largest whole unit', () => {
    expect(relative('2026-12-02T11:59:30Z', NOW)).toBe('30 s ago');
    expect(relative('2026-12-02T11:00:01Z', NOW)).toBe('59 min ago');
    expect(relative('2026-12-01T12:00:00Z', NOW)).toBe('1 d ago');
    expect(relative('2026-12-02T14:30:00Z', NOW)).toBe('in 2 h');
  });
});

describe('byAt and resolvedText', () => {
  it('name who and when, or a dash', () => {
    expect(byAt('carol', '2026-12-02T10:00:00Z', NOW, 'utc')).toBe('carol, 2 h ago (2026-12-02 10:00)');
    expect(byAt(null, null, NOW, 'utc')).toBe('—');
  });

  it('names no one for the server’s own resolution', () => {
    const recovered = anEscalation({ resolvedAt: '2026-12-02T11:00:00Z', resolution: 'recovered' });
    expect(resolvedText(recovered, NOW, 'utc')).toBe('1 h ago (2026-12-02 11:00): recovered');
    const manual = anEscalation({ resolvedAt: '2026-12-02T11:00:00Z', resolvedBy: 'dora', resolution: 'manual' });
    expect(resolvedText(manual, NOW, 'America/New_York')).toBe('dora, 1 h ago (2026-12-02 06:00): resolved by hand');
    expect(resolvedText(anEscalation(), NOW, 'utc')).toBe('—');
  });
});

describe('deliveryStatus', () => {
  it('tells when a pending delivery is tried next and a failed one why', () => {
    const pending = aDelivery({
      status: 'pending',
      attempts: 0,
      deliveredAt: null,
      nextAttemptAt: '2026-12-02T12:00:40Z',
    });
    expect(deliveryStatus(pending, NOW, 'utc')).toEqual({
      color: 'orange',
      label: 'pending',
      detail: 'next attempt 2026-12-02 12:00 (in 40 s), 0 attempts so far',
    });
    const failed = aDelivery({ status: 'failed', attempts: 1, deliveredAt: null, lastError: null });
    expect(deliveryStatus(failed, NOW, 'utc').detail).toBe('gave up after 1 attempt: no error recorded');
  });
});

describe('byReceiver', () => {
  it('groups by receiver name, oldest first within one', () => {
    const later = aDelivery({ key: 'k2', receiver: 'b', createdAt: '2026-12-02T10:00:00Z' });
    const earlier = aDelivery({ key: 'k1', receiver: 'b', createdAt: '2026-12-02T09:00:00Z' });
    const other = aDelivery({ key: 'k3', receiver: 'a' });
    expect(byReceiver([later, other, earlier]).map((d) => d.key)).toEqual(['k3', 'k1', 'k2']);
  });
});

describe('numberText', () => {
  it('rounds to two decimals and shows a dash for no value', () => {
    expect(numberText(9.125)).toBe('9.13');
    expect(numberText(null)).toBe('—');
    expect(numberText(undefined)).toBe('—');
  });
});
