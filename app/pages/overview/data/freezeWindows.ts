import { type FreezeScope } from '../../../../core/schema/freeze-window';
import { type FreezeWindowRecord } from './schemas';

export interface FreezeView {
  id: string;
  from: number;
  to: number;
  reason: string;
  scope: string;
}

export interface FreezeNowNext {
  now: FreezeView[];
  next: FreezeView | null;
}

/** The scope in words: "KPIs a, b; scorecards c; labels team=x". */
export function scopeText(scope: FreezeScope): string {
  const parts: string[] = [];
  const ids = (word: string, list: string[] | undefined) => {
    if (list !== undefined && list.length > 0) {
      parts.push(`${word} ${list.join(', ')}`);
    }
  };
  ids('KPIs', scope.kpis);
  ids('scorecards', scope.scorecards);
  ids('journeys', scope.journeys);
  const labels = Object.entries(scope.labels ?? {}).map(([k, v]) => `${k}=${v}`);
  ids('labels', labels);
  return parts.join('; ');
}

/** Windows in force at `now` (from ≤ now < to, ending soonest first) and the next one to start after `now`. */
export function freezeNowNext(records: readonly FreezeWindowRecord[], now: number): FreezeNowNext {
  const views = records.map(({ id, document: { spec } }) => ({
    id,
    from: Date.parse(spec.from),
    to: Date.parse(spec.to),
    reason: spec.reason,
    scope: scopeText(spec.scope),
  }));
  const inForce = views.filter((w) => w.from <= now && now < w.to).sort((a, b) => a.to - b.to);
  const upcoming = views.filter((w) => w.from > now).sort((a, b) => a.from - b.from);
  return { now: inForce, next: upcoming[0] ?? null };
}
