import { type AnnotationQuery } from '@grafana/data';
import { DEFAULT_ANNOTATION_KINDS, type KpiQuery, type QueryOf } from '../types';
import { migrateQuery } from './migrate';
import { sameJson } from './sameJson';

export type KpiAnnotationsQuery = QueryOf<'annotations'>;

export const ANNOTATION_REF_ID = 'Anno';

export const defaultAnnotationsQuery = (): Omit<KpiAnnotationsQuery, 'refId'> => ({
  queryType: 'annotations',
  include: [...DEFAULT_ANNOTATION_KINDS],
});

/** The annotation's target as an annotations query: other saved query types keep their KPI as the filter. */
export function toAnnotationsQuery(target: KpiQuery | undefined): KpiAnnotationsQuery {
  if (!target) {
    return { refId: ANNOTATION_REF_ID, ...defaultAnnotationsQuery() };
  }
  const query = migrateQuery(target);
  if (query.queryType === 'annotations') {
    return query;
  }
  const kpi = 'kpi' in query && typeof query.kpi === 'string' && query.kpi !== '' ? { kpis: [query.kpi] } : {};
  return { refId: query.refId, ...defaultAnnotationsQuery(), ...kpi };
}

/** Saved annotation JSON with a target: the same object when nothing changes, as Grafana compares by reference. */
export function prepareAnnotation(json: AnnotationQuery<KpiQuery>): AnnotationQuery<KpiQuery> {
  const target = toAnnotationsQuery(json.target);
  return sameJson(target, json.target) ? json : { ...json, target };
}
