import { type FreezeWindowDocument } from '../../../../core/schema/freeze-window';
import { emptyFreezeForm, endNow, freezeDocument, freezeFormProblems } from './freeze';

const from = Date.parse('2026-12-20T00:00:00Z');
const to = Date.parse('2027-01-04T00:00:00Z');

describe('freeze window form', () => {
  it('builds the document with only the scope lists picked', () => {
    const form = { ...emptyFreezeForm, id: 'year-end', from, to, kpis: ['customer.nps'], reason: ' year-end close ' };
    expect(freezeFormProblems(form, ['q3'])).toEqual([]);
    expect(freezeDocument(form)).toEqual({
      apiVersion: 'scorecard/v1',
      kind: 'FreezeWindow',
      metadata: { id: 'year-end' },
      spec: {
        from: '2026-12-20T00:00:00.000Z',
        to: '2027-01-04T00:00:00.000Z',
        scope: { kpis: ['customer.nps'] },
        reason: 'year-end close',
      },
    });
  });

  it('names every problem', () => {
    expect(freezeFormProblems({ ...emptyFreezeForm, id: 'Year End', reason: ' ' }, [])).toEqual([
      'id: lowercase letters, digits, "." and "-", starting with a letter or digit',
      'from and to: pick both',
      'scope: pick at least one KPI, scorecard or journey',
      'reason: say why changes are frozen',
    ]);
    const backwards = { ...emptyFreezeForm, id: 'q3', from: to, to: from, journeys: ['onboarding'], reason: 'x' };
    expect(freezeFormProblems(backwards, ['q3'])).toEqual([
      'id: a freeze window "q3" exists already',
      'to: must be after from',
    ]);
  });
});

describe('endNow', () => {
  const doc: FreezeWindowDocument = {
    apiVersion: 'scorecard/v1',
    kind: 'FreezeWindow',
    metadata: { id: 'year-end' },
    spec: { from: '2026-12-20T00:00:00Z', to: '2027-01-04T00:00:00Z', scope: { kpis: ['a'] }, reason: 'close' },
  };

  it('shortens a running window to end now', () => {
    const now = Date.parse('2026-12-24T12:00:00Z');
    expect(endNow(doc, now)).toEqual({
      action: 'shorten',
      document: { ...doc, spec: { ...doc.spec, to: '2026-12-24T12:00:00.000Z' } },
    });
  });

  it('retires a window that has not started and leaves a past one alone', () => {
    expect(endNow(doc, Date.parse('2026-12-01T00:00:00Z'))).toEqual({ action: 'retire' });
    expect(endNow(doc, Date.parse('2027-02-01T00:00:00Z'))).toEqual({
      action: 'none',
      why: 'this window has ended already',
    });
  });
});
