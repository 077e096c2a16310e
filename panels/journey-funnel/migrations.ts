import { type PanelModel } from '@grafana/data';
import { defaultOptions, type Options } from './options';

type Saved = Record<string, unknown>;

const isRecord = (v: unknown): v is Saved => typeof v === 'object' && v !== null && !Array.isArray(v);

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

/** mckn-funnel-panel's `layout` is the drawing (classic | flow), ours the input; its `orientation` names the step axis. */
function fromMcknFunnel(o: Saved): Partial<Options> {
  if (o.layout !== 'classic' && o.layout !== 'flow') {
    return {};
  }
  return {
    view: o.layout === 'flow' ? 'flow' : 'bars',
    ...(o.orientation === 'horizontal' ? { orientation: 'vertical' as const } : {}),
    ...(o.orientation === 'vertical' ? { orientation: 'horizontal' as const } : {}),
    ...(o.showRemainedPercentage === true ? { showDropOff: false, percentOf: 'previous' as const } : {}),
  };
}

/**
 * Options of any earlier version as today's: the first version kept the field names as free text (kept as they
 * are); mckn-funnel-panel options become their nearest equivalent (its sorting is dropped: stages keep the data's
 * order). Options this version does not know are dropped; missing ones take their defaults.
 */
export function migrateOptions(saved: unknown): Options {
  const o = isRecord(saved) ? saved : {};
  const mckn = fromMcknFunnel(o);
  const d = { ...defaultOptions, ...mckn };
  return {
    layout: pick(['auto', 'long', 'wide'], o.layout, d.layout),
    stageField: text(o.stageField, d.stageField),
    valueField: text(o.valueField, d.valueField),
    segmentField: text(o.segmentField, d.segmentField),
    previousField: text(o.previousField, d.previousField),
    wideFields: Array.isArray(o.wideFields)
      ? o.wideFields.filter((f): f is string => typeof f === 'string')
      : d.wideFields,
    view: pick(['bars', 'flow'], o.view, d.view),
    orientation: pick(['horizontal', 'vertical'], mckn.orientation ?? o.orientation, d.orientation),
    breakdownMode: pick(['grouped', 'multiples'], o.breakdownMode, d.breakdownMode),
    showPrevious: flag(o.showPrevious, d.showPrevious),
    showDropOff: flag(o.showDropOff, d.showDropOff),
    showTimeToConvert: flag(o.showTimeToConvert, d.showTimeToConvert),
    showInProgress: flag(o.showInProgress, d.showInProgress),
    showStageKpis: flag(o.showStageKpis, d.showStageKpis),
    showEscalations: flag(o.showEscalations, d.showEscalations),
    percentOf: pick(['first', 'previous', 'both'], o.percentOf, d.percentOf),
  };
}

/** Grafana calls this when a dashboard saved the panel with another plugin version. */
export const migrationHandler = (panel: PanelModel<unknown>): Options => migrateOptions(panel.options);

/** Switching a panel from mckn-funnel-panel keeps what its options meant; from other panels, our defaults. */
export const panelChangeHandler = (_panel: PanelModel, prevPluginId: string, prevOptions: Record<string, unknown>) =>
  prevPluginId === 'mckn-funnel-panel' ? migrateOptions(prevOptions) : {};
