import { type KpiDocument, type MaturityModelDocument } from '../../core/schema';
import { kpiDoc } from '../test-support/documents';

/** A small model: stages initial < defined < managed; dimension b's defined criterion is evidenced. */
export function smallModel(id = 'small'): MaturityModelDocument {
  return {
    apiVersion: 'scorecard/v1',
    kind: 'MaturityModel',
    metadata: { id, effectiveFrom: '2020-01-01' },
    spec: {
      name: 'Small model',
      stages: [
        { id: 'initial', name: 'Initial' },
        { id: 'defined', name: 'Defined' },
        { id: 'managed', name: 'Managed' },
      ],
      dimensions: [
        {
          id: 'a',
          name: 'Alignment',
          criteria: [
            { id: 'a1', stage: 'initial', text: 'KPIs are listed' },
            { id: 'a2', stage: 'defined', text: 'KPIs are defined' },
            { id: 'a3', stage: 'managed', text: 'KPIs are reviewed' },
          ],
        },
        {
          id: 'b',
          name: 'Basics',
          criteria: [
            { id: 'b1', stage: 'initial', text: 'Someone answers for figures' },
            {
              id: 'b2',
              stage: 'defined',
              text: 'Half the KPIs state their assumptions',
              evidence: { check: 'kpis-with-assumptions', atLeast: 0.5 },
            },
            { id: 'b3', stage: 'managed', text: 'Changes are reviewed' },
          ],
        },
      ],
    },
  };
}

/** Two KPIs in force since 2020, one with assumptions: kpis-with-assumptions is 1 of 2 = 0.5. */
export function evidenceKpis(): KpiDocument[] {
  const since = (doc: KpiDocument): KpiDocument => ({
    ...doc,
    metadata: { ...doc.metadata, effectiveFrom: '2020-01-01' },
  });
  return [since(kpiDoc('k.one', { assumptions: 'Counted at invoice date' })), since(kpiDoc('k.two'))];
}
