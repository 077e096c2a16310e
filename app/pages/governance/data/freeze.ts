import { API_VERSION } from '../../../../core/schema/common';
import { type FreezeWindowDocument } from '../../../../core/schema/freeze-window';
import { phaseOf } from './timeline';

export interface FreezeForm {
  id: string;
  /** Epoch ms; undefined until picked. */
  from?: number;
  to?: number;
  kpis: string[];
  scorecards: string[];
  journeys: string[];
  reason: string;
}

export const emptyFreezeForm: FreezeForm = { id: '', kpis: [], scorecards: [], journeys: [], reason: '' };

const ID = /^[a-z0-9][a-z0-9.-]*$/;

/** What keeps the form from being saved, one line per field; empty when it can be. */
export function freezeFormProblems(f: FreezeForm, taken: readonly string[]): string[] {
  const problems: string[] = [];
  if (!ID.test(f.id)) {
    problems.push('id: lowercase letters, digits, "." and "-", starting with a letter or digit');
  } else if (taken.includes(f.id)) {
    problems.push(`id: a freeze window "${f.id}" exists already`);
  }
  if (f.from === undefined || f.to === undefined) {
    problems.push('from and to: pick both');
  } else if (f.from >= f.to) {
    problems.push('to: must be after from');
  }
  if (f.kpis.length + f.scorecards.length + f.journeys.length === 0) {
    problems.push('scope: pick at least one KPI, scorecard or journey');
  }
  if (f.reason.trim() === '') {
    problems.push('reason: say why changes are frozen');
  }
  return problems;
}

const iso = (ms: number | undefined) => new Date(ms ?? 0).toISOString();

/** The FreezeWindow document the form describes; empty scope lists are left out. */
export function freezeDocument(f: FreezeForm): FreezeWindowDocument {
  const scope = {
    ...(f.kpis.length > 0 ? { kpis: f.kpis } : {}),
    ...(f.scorecards.length > 0 ? { scorecards: f.scorecards } : {}),
    ...(f.journeys.length > 0 ? { journeys: f.journeys } : {}),
  };
  return {
    apiVersion: API_VERSION,
    kind: 'FreezeWindow',
    metadata: { id: f.id },
    spec: { from: iso(f.from), to: iso(f.to), scope, reason: f.reason.trim() },
  };
}

export type EndAction =
  | { action: 'shorten'; document: FreezeWindowDocument }
  | { action: 'retire' }
  | { action: 'none'; why: string };

/**
 * Ending a window now: a running one gets a new version ending now (the freeze that happened stays on record);
 * one not yet started cannot end before it starts, so it is retired; a past one has ended already.
 */
export function endNow(doc: FreezeWindowDocument, now: number): EndAction {
  const from = Date.parse(doc.spec.from);
  const to = Date.parse(doc.spec.to);
  switch (phaseOf({ from, to }, now)) {
    case 'past':
      return { action: 'none', why: 'this window has ended already' };
    case 'upcoming':
      return { action: 'retire' };
    case 'active':
      return from === now
        ? { action: 'retire' }
        : { action: 'shorten', document: { ...doc, spec: { ...doc.spec, to: new Date(now).toISOString() } } };
  }
}
