import { useMemo } from 'react';
import { Button, Field, RadioButtonGroup, Stack, Text, TextArea } from '@grafana/ui';
import { type CriterionResult } from '../../../../../core/maturity/api';
import { ANSWER_OPTIONS } from '../data/answers';
import { type Choice, noteRule, settleProblem } from '../data/noteRule';
import { calibrationTestIds as ids } from '../testIds';

interface Props {
  criterion: CriterionResult;
  choice: Choice | undefined;
  busy: boolean;
  onChange: (choice: Choice) => void;
  onSettle: () => void;
}

/** The lead's answer for one criterion, its note (required when overruling the majority or with none) and "Settle". */
export function SettleControl({ criterion, choice, busy, onChange, onSettle }: Props) {
  const id = criterion.id;
  const options = useMemo(
    () =>
      ANSWER_OPTIONS.map((o) => ({
        value: o.value,
        component: function AnswerOption() {
          return <span data-testid={ids.settleAnswer(id, o.value)}>{o.label}</span>;
        },
      })),
    [id]
  );
  const rule = noteRule(criterion, choice?.answer);
  const problem = settleProblem(criterion, choice);
  const note = choice?.note ?? '';
  return (
    <Stack direction="column" gap={1}>
      <Field label="Settled answer" noMargin>
        <RadioButtonGroup
          aria-label={`Settled answer for ${id}`}
          options={options}
          value={choice?.answer}
          disabled={busy}
          onChange={(answer) => onChange({ note, answer })}
        />
      </Field>
      <Field
        label={rule.required ? 'Note (required)' : 'Note'}
        description={<span data-testid={ids.noteRule(id)}>{rule.why}</span>}
        invalid={choice?.answer !== undefined && problem !== undefined}
        noMargin
      >
        <TextArea
          data-testid={ids.settleNote(id)}
          rows={2}
          value={note}
          disabled={busy}
          placeholder="Why this answer holds"
          onChange={(e) => onChange({ ...choice, note: e.currentTarget.value })}
        />
      </Field>
      <Stack gap={1} alignItems="center">
        <Button
          data-testid={ids.settleOne(id)}
          icon="check"
          size="sm"
          disabled={busy || problem !== undefined}
          onClick={onSettle}
        >
          Settle
        </Button>
        {problem !== undefined && (
          <Text color="secondary" variant="bodySmall">
            {problem}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
