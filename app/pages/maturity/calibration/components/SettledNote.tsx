import { Badge, Text } from '@grafana/ui';
import { type CriterionResult } from '../../../../../core/maturity/api';
import { answerColor, answerLabel, shortTime } from '../data/answers';

/** How the lead settled a criterion: the answer, who, when and the note. */
export function SettledNote({ settled }: { settled: NonNullable<CriterionResult['settled']> }) {
  return (
    <div>
      <Text weight="medium">Settled </Text>
      <Badge color={answerColor(settled.answer)} text={answerLabel(settled.answer)} />{' '}
      <Text color="secondary">
        by {settled.by} on {shortTime(settled.at)}
        {settled.note === null ? ', without a note.' : `: “${settled.note}”`}
      </Text>
    </div>
  );
}
