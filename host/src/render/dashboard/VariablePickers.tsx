// One picker per visible dashboard variable, labelled as Grafana labels it; a pick is committed when its menu closes.
import { useRef, useState } from 'react';
import { InlineLabel, Input, MultiSelect, Select, Stack, Text } from '@grafana/ui';
import { currentValues, nextMulti, pickerLabel, pickerOptions, visibleVariables } from '../../dashboard/variablePicks';
import type { VariableState } from '../../templating/variables';
import { hostTestIds } from '../../testIds';

type OnPick = (name: string, values: string[]) => void;

function MultiPicker({ state, onPick }: { state: VariableState; onPick: OnPick }) {
  const committed = currentValues(state);
  const [pending, setPending] = useState<string[] | undefined>();
  // Closing and blurring fire in the same event as the last change, before a re-render: commit from the ref.
  const latest = useRef<string[] | undefined>(undefined);
  const change = (values: string[]) => {
    latest.current = values;
    setPending(values);
  };
  const commit = () => {
    const picked = latest.current;
    latest.current = undefined;
    setPending(undefined);
    if (picked && picked.join('\u0000') !== committed.join('\u0000')) {
      onPick(state.json.name, picked);
    }
  };
  return (
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- Grafana's own variable pickers are Select-based
    <MultiSelect
      aria-label={`Variable ${state.json.name}`}
      width="auto"
      options={pickerOptions(state)}
      value={pending ?? committed}
      onChange={(items) =>
        change(
          nextMulti(
            latest.current ?? pending ?? committed,
            items.flatMap((i) => i.value ?? []),
            state
          )
        )
      }
      closeMenuOnSelect={false}
      onCloseMenu={commit}
      onBlur={commit}
    />
  );
}

function Picker({ state, onPick }: { state: VariableState; onPick: OnPick }) {
  const { json } = state;
  if (json.type === 'textbox') {
    const commit = (value: string) => value !== currentValues(state)[0] && onPick(json.name, [value]);
    return (
      <Input
        key={currentValues(state)[0]}
        aria-label={`Variable ${json.name}`}
        defaultValue={currentValues(state)[0] ?? ''}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
      />
    );
  }
  if (json.multi) {
    return <MultiPicker state={state} onPick={onPick} />;
  }
  return (
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- Grafana's own variable pickers are Select-based
    <Select
      aria-label={`Variable ${json.name}`}
      width="auto"
      options={pickerOptions(state)}
      value={currentValues(state)[0]}
      onChange={(item) => item.value !== undefined && onPick(json.name, [item.value])}
    />
  );
}

export function VariablePickers({ variables, onPick }: { variables: VariableState[]; onPick: OnPick }) {
  return (
    <Stack gap={1} wrap="wrap">
      {visibleVariables(variables).map((state) => {
        const label = pickerLabel(state.json);
        return (
          <div key={state.json.name} data-testid={hostTestIds.preview.variable(state.json.name)}>
            <Stack gap={0} alignItems="center">
              {label && <InlineLabel width="auto">{label}</InlineLabel>}
              <Picker state={state} onPick={onPick} />
            </Stack>
            {state.error && (
              <Text variant="bodySmall" color="error">
                {state.error}
              </Text>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
