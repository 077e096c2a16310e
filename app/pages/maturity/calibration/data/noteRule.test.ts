import { type CriterionResult } from '../../../../../core/maturity/api';
import { type Answer } from '../../../../../core/maturity/types';
import { criteriaFixture } from '../fixtures';
import { consensusBody, majorityOf, noteRule, readyIds, settleProblem } from './noteRule';

const byId = (id: string): CriterionResult => {
  const found = criteriaFixture.find((c) => c.id === id);
  if (found === undefined) {
    throw new Error(id);
  }
  return found;
};
const votes = (...answers: Answer[]) =>
  Object.fromEntries(answers.map((answer, i) => [`a${i}`, { answer, source: 'assessor' as const }]));

describe('majorityOf', () => {
  it('is the answer of more than half of those who rated, n/a left out', () => {
    expect(majorityOf(byId('plan').byAssessor)).toBe('met');
    expect(majorityOf(votes('met', 'n/a', 'n/a'))).toBe('met');
    expect(majorityOf(votes('partial', 'partial', 'met'))).toBe('partial');
  });

  it('is null without a strict majority, n/a when all said n/a, null when nobody answered', () => {
    expect(majorityOf(byId('ci').byAssessor)).toBeNull();
    expect(majorityOf(byId('onboard').byAssessor)).toBeNull();
    expect(majorityOf(votes('met', 'met', 'partial', 'not-met'))).toBeNull();
    expect(majorityOf(byId('mentor').byAssessor)).toBe('n/a');
    expect(majorityOf({})).toBeNull();
  });
});

describe('noteRule', () => {
  it('requires a note whatever the answer when there is no majority', () => {
    for (const answer of [undefined, 'met', 'partial'] as const) {
      expect(noteRule(byId('ci'), answer)).toEqual({
        required: true,
        why: 'No majority among the assessors: a note saying why is required.',
      });
    }
  });

  it('requires a note only when overruling the majority', () => {
    expect(noteRule(byId('plan'), undefined)).toEqual({
      required: false,
      why: 'The majority answered met; overruling it needs a note.',
    });
    expect(noteRule(byId('plan'), 'met')).toEqual({
      required: false,
      why: 'Agrees with the majority (met); a note is optional.',
    });
    expect(noteRule(byId('plan'), 'not-met')).toEqual({
      required: true,
      why: 'Overrules the majority (met): a note saying why is required.',
    });
    expect(noteRule({ byAssessor: votes('not-met', 'not-met', 'met') }, 'met').required).toBe(true);
  });
});

describe('settleProblem and readyIds', () => {
  it('needs an answer, then a note where the rule requires one', () => {
    expect(settleProblem(byId('ci'), undefined)).toBe('Pick an answer.');
    expect(settleProblem(byId('ci'), { note: 'x' })).toBe('Pick an answer.');
    expect(settleProblem(byId('ci'), { answer: 'partial', note: '  ' })).toBe('Add a note: it is required here.');
    expect(settleProblem(byId('ci'), { answer: 'partial', note: 'two repos lack tests' })).toBeUndefined();
    expect(settleProblem(byId('plan'), { answer: 'met', note: '' })).toBeUndefined();
    expect(settleProblem(byId('plan'), { answer: 'partial', note: '' })).toBe('Add a note: it is required here.');
  });

  it('keeps the criteria that can be sent, in their order', () => {
    const choices = {
      plan: { answer: 'met' as const, note: '' },
      onboard: { answer: 'met' as const, note: '' },
      ci: { answer: 'partial' as const, note: 'x' },
    };
    expect(readyIds([byId('ci'), byId('onboard'), byId('plan'), byId('deploy')], choices)).toEqual(['ci', 'plan']);
  });
});

describe('consensusBody', () => {
  it('sends the picked answers with trimmed notes, blank notes left out', () => {
    const choices = {
      ci: { answer: 'partial' as const, note: '  two repos lack tests ' },
      plan: { answer: 'met' as const, note: '   ' },
      deploy: { note: 'no answer yet' },
    };
    expect(consensusBody(['ci', 'plan', 'deploy', 'unknown'], choices)).toEqual({
      answers: { ci: { answer: 'partial', note: 'two repos lack tests' }, plan: { answer: 'met' } },
    });
  });
});
