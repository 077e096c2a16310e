import { escalationPolicyDocument, escalationPolicySpec } from './policy';

const spec = (extra: object = {}) => ({
  name: 'Churn watch',
  select: { kpis: ['churn-rate'] },
  when: { status: 'critical', periods: 2, of: 3 },
  levels: [{ receivers: ['team'] }, { wait: '4h', receivers: ['team', 'head'] }],
  receivers: [
    { name: 'team', type: 'webhook', url: 'https://hooks.example.com/team', secretEnv: 'TEAM_HMAC' },
    { name: 'head', type: 'alertmanager', url: 'http://alertmanager:9093' },
  ],
  ...extra,
});
const issues = (value: object) => {
  const result = escalationPolicySpec.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe('escalationPolicySpec', () => {
  it('accepts a full policy', () => {
    const parsed = escalationPolicySpec.parse(
      spec({
        description: 'Tell the team, then the head of CS',
        select: { scorecards: ['customer'], labels: { area: 'cs' }, journeyStages: ['onboarding'] },
        recover: { periods: 2, of: 2 },
        quietHours: { from: '22:00', to: '07:00', days: ['sat', 'sun'], timeZone: 'Europe/Berlin' },
        renotify: '1d',
      })
    );
    expect(parsed.recover).toEqual({ periods: 2, of: 2 });
    expect(parsed.quietHours?.to).toBe('07:00');
    expect(parsed.levels.map((l) => l.wait)).toEqual([undefined, '4h']);
  });

  it('wraps into an EscalationPolicy document', () => {
    const doc = { apiVersion: 'scorecard/v1', kind: 'EscalationPolicy', metadata: { id: 'churn-watch' }, spec: spec() };
    expect(escalationPolicyDocument.parse(doc).metadata.id).toBe('churn-watch');
    expect(escalationPolicyDocument.safeParse({ ...doc, kind: 'FreezeWindow' }).success).toBe(false);
  });

  it('refuses unknown fields', () => {
    expect(issues(spec({ owner: 'cs' }))).toEqual([{ path: [], message: 'Unrecognized key: "owner"' }]);
  });

  it('keeps N of M within 1 ≤ N ≤ M ≤ 24, for breach and recovery', () => {
    expect(issues(spec({ when: { status: 'critical', periods: 4, of: 3 } }))).toEqual([
      { path: ['when', 'periods'], message: 'when.periods (4) cannot exceed when.of (3)' },
    ]);
    expect(issues(spec({ when: { status: 'below-target', periods: 0, of: 3 } }))).toEqual([
      { path: ['when', 'periods'], message: 'when.periods must be at least 1' },
    ]);
    expect(issues(spec({ when: { status: 'critical', periods: 2, of: 25 } }))).toEqual([
      { path: ['when', 'of'], message: 'when.of (25) cannot exceed 24' },
    ]);
    expect(issues(spec({ recover: { periods: 3, of: 2 } }))).toEqual([
      { path: ['recover', 'periods'], message: 'recover.periods (3) cannot exceed recover.of (2)' },
    ]);
    expect(issues(spec({ when: { status: 'critical', periods: 1.5, of: 3 } }))).toEqual([
      { path: ['when', 'periods'], message: 'must be a whole number' },
    ]);
  });

  it('refuses an unknown breach status', () => {
    expect(issues(spec({ when: { status: 'warning', periods: 1, of: 1 } })).map((i) => i.path)).toEqual([
      ['when', 'status'],
    ]);
  });

  it('needs every receiver a level names, each name once', () => {
    expect(issues(spec({ levels: [{ receivers: ['team', 'ceo'] }] }))).toEqual([
      { path: ['levels', 0, 'receivers', 1], message: 'unknown receiver "ceo"' },
    ]);
    const twice = spec().receivers.concat({ name: 'team', type: 'webhook', url: 'https://other.example.com' });
    expect(issues(spec({ receivers: twice }))).toEqual([
      { path: ['receivers', 2, 'name'], message: 'duplicate receiver name "team"' },
    ]);
  });

  it('refuses a wait on the first level and needs one on the others', () => {
    expect(issues(spec({ levels: [{ wait: '1h', receivers: ['team'] }] }))).toEqual([
      {
        path: ['levels', 0, 'wait'],
        message: 'the first level is notified when the escalation opens, so "wait: 1h" cannot apply',
      },
    ]);
    expect(issues(spec({ levels: [{ receivers: ['team'] }, { receivers: ['head'] }] }))).toEqual([
      {
        path: ['levels', 1, 'wait'],
        message: 'levels after the first need a wait (how long the previous level has to acknowledge)',
      },
    ]);
    expect(issues(spec({ levels: [] }))).toEqual([{ path: ['levels'], message: 'a policy needs at least one level' }]);
    expect(issues(spec({ levels: [{ receivers: ['team'] }, { wait: '4 hours', receivers: ['head'] }] }))).toEqual([
      { path: ['levels', 1, 'wait'], message: 'a duration such as 30d, 12h, 2w or 90m' },
    ]);
  });

  it('checks quiet hours: HH:MM, from ≠ to, a known time zone', () => {
    expect(issues(spec({ quietHours: { from: '7:00', to: '24:00' } }))).toEqual([
      { path: ['quietHours', 'from'], message: 'a time of day such as 07:30 (HH:MM, 24-hour)' },
      { path: ['quietHours', 'to'], message: 'a time of day such as 07:30 (HH:MM, 24-hour)' },
    ]);
    expect(issues(spec({ quietHours: { from: '22:00', to: '22:00' } }))).toEqual([
      { path: ['quietHours', 'to'], message: 'quiet hours from 22:00 to 22:00 are empty: use different times' },
    ]);
    expect(issues(spec({ quietHours: { from: '22:00', to: '06:00', timeZone: 'Europe/Atlantis' } }))).toEqual([
      { path: ['quietHours', 'timeZone'], message: 'an IANA time zone such as UTC, Europe/Berlin or America/New_York' },
    ]);
    expect(issues(spec({ quietHours: { from: '22:00', to: '06:00', days: ['monday'] } })).map((i) => i.path)).toEqual([
      ['quietHours', 'days', 0],
    ]);
  });

  it('needs http(s) receiver URLs', () => {
    const receivers = [
      { name: 'team', type: 'webhook', url: 'ftp://hooks.example.com' },
      { name: 'head', type: 'alertmanager', url: 'not a url' },
    ];
    expect(issues(spec({ receivers }))).toEqual([
      { path: ['receivers', 0, 'url'], message: 'must be an http:// or https:// URL' },
      { path: ['receivers', 1, 'url'], message: 'must be an http:// or https:// URL' },
    ]);
  });

  it('needs a part in select', () => {
    expect(issues(spec({ select: {} }))).toEqual([
      { path: ['select'], message: 'select needs kpis, scorecards, labels or journeyStages' },
    ]);
    expect(issues(spec({ select: { kpis: [], labels: {} } }))).toEqual([
      { path: ['select'], message: 'select needs kpis, scorecards, labels or journeyStages' },
    ]);
  });

  it('refuses a renotify that is not a duration', () => {
    expect(issues(spec({ renotify: 'daily' }))).toEqual([
      { path: ['renotify'], message: 'a duration such as 30d, 12h, 2w or 90m' },
    ]);
  });
});
