import { useState } from 'react';
import { Combobox, Field, Input, Stack } from '@grafana/ui';
import { type Choices } from '../data/choices';
import { type BenchmarkView } from '../data/viewState';
import { benchmarksTestIds as ids } from '../testIds';

interface Props {
  choices: Choices;
  minGroup: number;
  onChange: (change: Partial<BenchmarkView>) => void;
}

const options = <T extends string | number>(values: T[]) => values.map((value) => ({ value, label: String(value) }));

/** Model, year, unit to highlight and minimum group; changes go to the URL. */
export function MaturityPickers({ choices, minGroup, onChange }: Props) {
  return (
    <Stack gap={2} wrap="wrap" alignItems="flex-end">
      <Field label="Maturity model" noMargin>
        <div data-testid={ids.picker('model')}>
          <Combobox
            width={32}
            value={choices.model.value}
            options={options(choices.model.options)}
            onChange={(o) => onChange({ model: o.value, year: null, unit: '' })}
          />
        </div>
      </Field>
      <Field label="Year" noMargin>
        <div data-testid={ids.picker('year')}>
          <Combobox
            width={14}
            value={choices.year.value}
            options={options(choices.year.options)}
            onChange={(o) => onChange({ year: o.value, unit: '' })}
          />
        </div>
      </Field>
      <Field label="Unit to highlight" noMargin>
        <div data-testid={ids.picker('unit')}>
          <Combobox
            width={28}
            value={choices.unit.value}
            options={options(choices.unit.options)}
            onChange={(o) => onChange({ unit: o.value })}
          />
        </div>
      </Field>
      <MinGroupInput key={minGroup} minGroup={minGroup} onChange={onChange} />
    </Stack>
  );
}

/** Typed freely, applied on blur or Enter; keyed by the applied value so a URL change resets it. */
function MinGroupInput({ minGroup, onChange }: Pick<Props, 'minGroup' | 'onChange'>) {
  const [group, setGroup] = useState(String(minGroup));
  const commit = () => {
    const n = Number(group);
    if (Number.isInteger(n) && n >= 1 && n <= 1000) {
      onChange({ minGroup: n });
    } else {
      setGroup(String(minGroup));
    }
  };
  return (
    <Field label="Minimum group" description="Fewer units than this: suppressed" noMargin>
      <Input
        data-testid={ids.picker('minGroup')}
        width={10}
        type="number"
        min={1}
        max={1000}
        value={group}
        onChange={(e) => setGroup(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </Field>
  );
}
