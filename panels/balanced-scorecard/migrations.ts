import { defaultOptions, type Options } from './options';

type Saved = Record<string, unknown>;

const isRecord = (v: unknown): v is Saved => typeof v === 'object' && v !== null && !Array.isArray(v);
const ROLLUPS = ['weighted', 'worst', 'count'] as const;
const VIEWS = ['grid', 'table', 'map'] as const;

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/**
 * Options of any earlier version as today's: 0.1.0 kept the roll-up at the top level (`rollupMode`); since
 * 0.2.0 it lives under `scoring` with the other scoring options. Unknown views and roll-ups fall back to the
 * defaults; everything else is kept.
 */
export function migrateOptions(saved: unknown): Options {
  const o = isRecord(saved) ? saved : {};
  const { rollupMode, ...rest } = o;
  const scoring = isRecord(o.scoring) ? o.scoring : {};
  const display = isRecord(o.display) ? o.display : {};
  const fields = isRecord(o.fields) ? o.fields : {};
  return {
    ...defaultOptions,
    ...rest,
    view: pick(VIEWS, o.view, defaultOptions.view),
    fields: {
      ...defaultOptions.fields,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')),
    },
    perspectives: Array.isArray(o.perspectives) ? o.perspectives.filter(isPerspective) : defaultOptions.perspectives,
    scoring: {
      ...defaultOptions.scoring,
      ...scoring,
      rollupMode: pick(ROLLUPS, scoring.rollupMode ?? rollupMode, defaultOptions.scoring.rollupMode),
    },
    display: { ...defaultOptions.display, ...display },
  };
}

function isPerspective(p: unknown): p is Options['perspectives'][number] {
  return isRecord(p) && typeof p.id === 'string' && typeof p.name === 'string';
}

/** Grafana calls this when a dashboard saved the panel with another plugin version. */
export const migrationHandler = (panel: { options: unknown }): Options => migrateOptions(panel.options);
