import { useMemo } from 'react';
import { RadioButtonGroup } from '@grafana/ui';
import { type Answer, ANSWERS } from '../../../../../core/maturity/types';
import { ANSWER_LABELS } from '../../data/answerLabels';
import { assessTestIds as ids } from '../testIds';

interface Props {
  criterion: string;
  value: Answer | undefined;
  disabled: boolean;
  label: string;
  onChange: (answer: Answer) => void;
}

/** Each option's label, carrying the option's test id (RadioButtonGroup has none of its own). */
function optionLabel(criterion: string, answer: Answer) {
  const OptionLabel = () => <span data-testid={ids.answer(criterion, answer)}>{ANSWER_LABELS[answer]}</span>;
  return OptionLabel;
}

/** met / partial / not met / n/a; the radios are reachable by Tab and arrows, as any radio group. */
export function AnswerChoice({ criterion, value, disabled, label, onChange }: Props) {
  const options = useMemo(
    () => ANSWERS.map((a) => ({ value: a, ariaLabel: ANSWER_LABELS[a], component: optionLabel(criterion, a) })),
    [criterion]
  );
  return (
    <RadioButtonGroup<Answer>
      aria-label={label}
      options={options}
      value={value}
      disabled={disabled}
      onChange={onChange}
      size="md"
    />
  );
}
