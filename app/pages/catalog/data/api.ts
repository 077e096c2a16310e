import { z } from 'zod';
import { catalog, duplicates, fieldChange, VERSION_STATES } from '../../../../core/app-api';
import { calculation } from '../../../../core/schema/kpi';
import { kpiServer } from '../../../api/kpiServer';
import { kpiPageQuery, queryAnswer } from './kpiQueries';

/** One stored version of a KPI (server/registry/types.ts VersionRecord); only the calculation is read from the document. */
export const versionRecord = z.object({
  version: z.number(),
  author: z.string(),
  message: z.string(),
  createdAt: z.string(),
  state: z.enum(VERSION_STATES),
  approver: z.string().nullable(),
  decidedAt: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  document: z.looseObject({ spec: z.looseObject({ calculation: calculation.optional() }) }),
});
export type VersionRecord = z.infer<typeof versionRecord>;
export type FieldChange = z.infer<typeof fieldChange>;

const path = (id: string) => `kpis/${encodeURIComponent(id)}`;

export const loadCatalog = () => kpiServer({ path: 'catalog', schema: catalog });
export const loadDuplicates = () => kpiServer({ path: 'kpis/duplicates', schema: duplicates });
export const loadVersions = (id: string) => kpiServer({ path: `${path(id)}/versions`, schema: z.array(versionRecord) });
export const loadDiff = (id: string, from: number, to: number) =>
  kpiServer({ path: `${path(id)}/diff?from=${from}&to=${to}`, schema: z.array(fieldChange) });
export const loadKpiFrames = (id: string, period: string, now: number) =>
  kpiServer({ method: 'POST', path: 'query', body: kpiPageQuery(id, period, now), schema: queryAnswer });
