import { useState } from 'react';
import { draftProblems, fromDrafts, type PerspectiveDraft, sameOptions, toDrafts } from '../../data/perspectiveList';
import { type PerspectiveOption } from '../../options';

/** Rows as typed: valid lists go to onChange, invalid typing stays here, a value changed elsewhere replaces them. */
export function usePerspectiveDrafts(
  value: PerspectiveOption[] | undefined,
  onChange: (value: PerspectiveOption[]) => void
) {
  const current = value ?? [];
  const [state, setState] = useState(() => ({ seen: current, drafts: toDrafts(current) }));
  let drafts = state.drafts;
  if (!sameOptions(current, state.seen)) {
    const ours = fromDrafts(drafts);
    drafts = ours && sameOptions(ours, current) ? drafts : toDrafts(current);
    setState({ seen: current, drafts });
  }
  const update = (next: PerspectiveDraft[]) => {
    setState((s) => ({ ...s, drafts: next }));
    const list = fromDrafts(next);
    if (list) {
      onChange(list);
    }
  };
  return { drafts, problems: draftProblems(drafts), update };
}
