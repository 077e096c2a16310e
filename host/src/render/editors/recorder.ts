// What the rendered editors reported, kept for window.host.*EditorState(); a new render starts afresh.
import type { AnnotationEditorState, QueryEditorState, QueryJson, VariableEditorState } from '../../apiEditors';

export const recorded: {
  query: QueryEditorState;
  variable: VariableEditorState;
  annotation: AnnotationEditorState;
} = {
  query: { queries: [], runs: 0 },
  variable: { queries: [], runs: 0 },
  annotation: { queries: [], annotations: [], runs: 0 },
};

export function resetRecorded(which: keyof typeof recorded): void {
  if (which === 'query') {
    recorded.query = { queries: [], runs: 0 };
  } else if (which === 'variable') {
    recorded.variable = { queries: [], runs: 0 };
  } else {
    recorded.annotation = { queries: [], annotations: [], runs: 0 };
  }
}

/** A plain JSON copy, so later mutations by an editor do not change what was recorded. */
export function toJson(value: unknown): QueryJson {
  const copy: unknown = JSON.parse(JSON.stringify(value ?? {}));
  return typeof copy === 'object' && copy !== null && !Array.isArray(copy)
    ? Object.fromEntries(Object.entries(copy))
    : {};
}
