import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type DataFrame, type TimeRange } from '@grafana/data';
import { type EscalationMark, escalationsByKpi } from './escalations';
import { annotationsFromFrames } from './read';

interface PanelEscalations {
  marks: Map<string, EscalationMark>;
  timeZone: string;
}

const NONE: PanelEscalations = { marks: new Map(), timeZone: 'browser' };
const EscalationsContext = createContext<PanelEscalations>(NONE);

/** Escalations of one KPI or stage, as the panel's markers read them. */
export const usePanelEscalations = () => useContext(EscalationsContext);

interface Props {
  annotations: DataFrame[] | undefined;
  timeRange: TimeRange;
  timeZone: string;
  /** The panel's "Show escalations" option: off, no marker shows. */
  enabled: boolean;
  children: ReactNode;
}

/** Reads the panel's annotations once and gives the escalations in its time range to the markers below. */
export function EscalationsProvider({ annotations, timeRange, timeZone, enabled, children }: Props) {
  const from = timeRange.from.valueOf();
  const to = timeRange.to.valueOf();
  const value = useMemo(
    () => (enabled ? { marks: escalationsByKpi(annotationsFromFrames(annotations), { from, to }), timeZone } : NONE),
    [enabled, annotations, from, to, timeZone]
  );
  return <EscalationsContext.Provider value={value}>{children}</EscalationsContext.Provider>;
}
