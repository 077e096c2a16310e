import { type AnnotationSupport } from '@grafana/data';
import { AnnotationQueryEditor } from './components/AnnotationQueryEditor';
import { defaultAnnotationsQuery, prepareAnnotation, toAnnotationsQuery } from './data/annotationQuery';
import { type KpiQuery } from './types';

/** Definition changes, freeze windows (as regions) and check-in notes as Grafana annotations. */
export const kpiAnnotationSupport: AnnotationSupport<KpiQuery> = {
  QueryEditor: AnnotationQueryEditor,
  getDefaultQuery: defaultAnnotationsQuery,
  prepareAnnotation,
  prepareQuery: (annotation) => toAnnotationsQuery(annotation.target),
};
