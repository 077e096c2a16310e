// Types of window.host's editor renderers: a datasource's query, variable and annotation editors with recorded changes.
import type { ThemeMode } from './api';
import type { AnnotationEventSummary, FrameSummary } from './apiDashboard';

/** A datasource query as plain JSON (any datasource's fields). */
export type QueryJson = { refId?: string; [key: string]: unknown };

/** A dashboard annotation as saved in the dashboard JSON. */
export type AnnotationJson = {
  name?: string;
  enable?: boolean;
  iconColor?: string;
  target?: QueryJson;
  [key: string]: unknown;
};

export interface RenderQueryEditorRequest {
  uid: string;
  /** Default: a new query as Grafana adds one ({refId: 'A', datasource} plus the datasource's getDefaultQuery). */
  query?: QueryJson;
  theme?: ThemeMode;
  range?: { from: string; to: string };
}

export interface QueryEditorState {
  /** Every query onChange was called with, in order. */
  queries: QueryJson[];
  /** How many times onRunQuery was called. */
  runs: number;
  /** What the last onRunQuery returned (it runs ds.query with the latest query, as a panel editor does). */
  lastRun?: { frames: FrameSummary[]; error?: string };
}

export interface RenderVariableEditorRequest {
  uid: string;
  /** The variable's saved query: an object for CustomVariableSupport editors, or a string. */
  query?: QueryJson | string;
  theme?: ThemeMode;
  range?: { from: string; to: string };
}

export interface VariableEditorState {
  queries: unknown[];
  runs: number;
  /** Option values of the latest query, as the variable editor's preview shows them. */
  preview?: string[];
  error?: string;
}

export interface RenderAnnotationEditorRequest {
  uid: string;
  annotation?: AnnotationJson;
  theme?: ThemeMode;
  range?: { from: string; to: string };
}

export interface AnnotationEditorState {
  /** Targets passed to onChange. */
  queries: QueryJson[];
  /** Every new annotation model: from onAnnotationChange, from onChange (with the new target), from prepareAnnotation on mount. */
  annotations: AnnotationJson[];
  runs: number;
  lastRun?: { events: AnnotationEventSummary[]; error?: string };
}
