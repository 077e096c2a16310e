import { type CycleResults } from '../../../../../core/maturity/api';
import { releasedResults } from '../fixtures';
import { nextSteps } from './nextSteps';

describe('nextSteps', () => {
  it('names the next stage and the texts of its unmet criteria; the top stage says so', () => {
    expect(nextSteps(releasedResults)).toEqual([
      {
        dimensionId: 'dim-data',
        name: 'Data',
        title: 'Next: Leading',
        criteria: [{ id: 'data-3', text: 'Owners review quality each quarter' }],
      },
      {
        dimensionId: 'dim-people',
        name: 'People',
        title: 'Next: Basic',
        criteria: [{ id: 'people-1', text: 'Someone leads the KPI practice' }],
      },
      { dimensionId: 'dim-tools', name: 'Tools', title: 'Highest stage reached', criteria: [] },
    ]);
  });

  it('names the stage of an unmet criterion below the next stage, and falls back to the id of an unknown one', () => {
    const results: CycleResults = {
      ...releasedResults,
      dimensions: [
        {
          id: 'dim-data',
          name: 'Data',
          stage: null,
          stageIndex: 0,
          byAssessor: {},
          next: { stage: 'st-managed', criteria: ['data-1', 'gone'] },
        },
      ],
    };
    expect(nextSteps(results)[0]?.criteria).toEqual([
      { id: 'data-1', text: 'Data sources are listed (Basic)' },
      { id: 'gone', text: 'gone' },
    ]);
  });
});
