import { type Proposal } from '../../../../core/app-api';
import { ageText } from './age';
import { pendingApprovals } from './approvals';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const proposal = (id: string, createdAt: string): Proposal => ({
  kind: 'KPI',
  id,
  name: `KPI ${id}`,
  version: 2,
  against: 1,
  author: 'ana',
  message: 'tighten the goal',
  createdAt,
  fourEyes: true,
  changes: [],
});

describe('pendingApprovals', () => {
  it('counts all and keeps the five newest, newest first, with their age', () => {
    const all = [
      proposal('p1', '2026-11-25T12:00:00Z'),
      proposal('p2', '2026-12-02T11:30:00Z'),
      proposal('p3', '2026-12-01T09:00:00Z'),
      proposal('p4', '2026-11-30T12:00:00Z'),
      proposal('p5', '2026-12-02T08:00:00Z'),
      proposal('p6', '2026-11-20T12:00:00Z'),
    ];
    const pending = pendingApprovals(all, NOW);
    expect(pending.count).toBe(6);
    // p6 (Nov 20) is the oldest of six, so it is left out
    expect(pending.newest.map((p) => p.id)).toEqual(['p2', 'p5', 'p3', 'p4', 'p1']);
    // 12:00 - 11:30 = 30 min; 12:00 - 08:00 = 4 h; Dec 1 09:00 → 27 h = 1 day; Nov 30 → 2 days; Nov 25 → 7 days
    expect(pending.newest.map((p) => p.age)).toEqual([
      '30 minutes ago',
      '4 hours ago',
      '1 day ago',
      '2 days ago',
      '7 days ago',
    ]);
    expect(pending.newest[0]).toMatchObject({ key: 'KPI/p2/2', kind: 'KPI', version: 2, author: 'ana' });
  });
});

describe('ageText', () => {
  it('reads seconds as just now and says when a time is unreadable', () => {
    expect(ageText('2026-12-02T11:59:30Z', NOW)).toBe('just now');
    expect(ageText('2026-12-02T11:59:00Z', NOW)).toBe('1 minute ago');
    expect(ageText('yesterday', NOW)).toBe('unknown (bad time "yesterday")');
  });
});
