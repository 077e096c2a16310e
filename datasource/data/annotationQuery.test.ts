import { prepareAnnotation, toAnnotationsQuery } from './annotationQuery';

describe('annotation queries', () => {
  it('gives annotations saved without a target every kind for every KPI', () => {
    const prepared = prepareAnnotation({ name: 'KPI events', enable: true, iconColor: 'purple' });
    expect(prepared).toEqual({
      name: 'KPI events',
      enable: true,
      iconColor: 'purple',
      target: {
        refId: 'Anno',
        queryType: 'annotations',
        include: ['definition-changes', 'freeze-windows', 'check-ins'],
      },
    });
  });

  it('returns the saved annotation itself when it needs no change (Grafana then runs it instead of saving it)', () => {
    const saved = {
      name: 'Changes',
      enable: true,
      iconColor: 'blue',
      target: { queryType: 'annotations' as const, include: ['definition-changes' as const], refId: 'Anno' },
    };
    expect(prepareAnnotation(saved)).toBe(saved);
  });

  it('keeps an annotations target and turns another query type into a filter on its KPI', () => {
    const own = { refId: 'Anno', queryType: 'annotations' as const, kpis: ['$kpi'], include: ['check-ins' as const] };
    expect(toAnnotationsQuery(own)).toEqual(own);
    expect(toAnnotationsQuery({ refId: 'A', queryType: 'kpi', kpi: 'customer.nps', interval: '1d' })).toEqual({
      refId: 'A',
      queryType: 'annotations',
      include: ['definition-changes', 'freeze-windows', 'check-ins'],
      kpis: ['customer.nps'],
    });
  });
});
