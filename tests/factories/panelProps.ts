import {
  type DataFrame,
  dateTime,
  EventBusSrv,
  LoadingState,
  type PanelProps,
  getDefaultTimeRange,
} from '@grafana/data';

// Fixed clock so time ranges in tests never depend on when they run.
export const FIXED_NOW = dateTime('2026-06-30T12:00:00Z');

/** PanelProps with neutral defaults for rendering a panel component in tests. */
export function panelProps<T>(options: T, series: DataFrame[], overrides: Partial<PanelProps<T>> = {}): PanelProps<T> {
  const timeRange = { ...getDefaultTimeRange(), to: FIXED_NOW };
  return {
    id: 1,
    title: 'Panel',
    data: { state: LoadingState.Done, series, timeRange },
    timeRange,
    timeZone: 'utc',
    options,
    fieldConfig: { defaults: {}, overrides: [] },
    transparent: false,
    width: 600,
    height: 400,
    renderCounter: 0,
    replaceVariables: (s: string) => s,
    onOptionsChange: () => {},
    onFieldConfigChange: () => {},
    onChangeTimeRange: () => {},
    eventBus: new EventBusSrv(),
    ...overrides,
  };
}
