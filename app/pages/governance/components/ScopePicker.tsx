import { explainError } from '../data/errors';
import { Field, MultiCombobox } from '@grafana/ui';
import { loadIds } from '../api';
import { governanceTestIds as ids } from '../testIds';
import { useLoad } from '../../../components/useLoad';

interface Props {
  plural: 'kpis' | 'scorecards' | 'journeys';
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
}

/** Ids of one kind, from GET /api/v1/<plural>. */
export function ScopePicker({ plural, label, values, onChange }: Props) {
  const [loaded] = useLoad(() => loadIds(plural), [plural], explainError);
  const options = loaded.state === 'done' ? loaded.value.map((id) => ({ value: id, label: id })) : [];
  return (
    <Field label={label} invalid={loaded.state === 'error'} error={loaded.state === 'error' ? loaded.error : undefined}>
      <MultiCombobox
        data-testid={ids.freezeField(plural)}
        options={options}
        value={values}
        loading={loaded.state === 'loading'}
        placeholder="None"
        isClearable
        onChange={(chosen) => onChange(chosen.map((o) => o.value))}
      />
    </Field>
  );
}
