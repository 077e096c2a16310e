import { useState } from 'react';
import { Field, Input, RadioButtonGroup, Stack } from '@grafana/ui';
import { type EscalationsView, STATE_FILTERS, type StateFilter } from '../data/filter';
import { escalationsTestIds as ids } from '../testIds';

const LABELS: Record<StateFilter, string> = {
  unresolved: 'Unresolved',
  open: 'Open',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
  all: 'All',
};
const STATES = STATE_FILTERS.map((s) => ({ value: s, label: LABELS[s] }));

interface Props {
  view: EscalationsView;
  onChange: (change: Partial<EscalationsView>) => void;
}

/** By state, KPI id and owner; the text filters apply on Enter or when the field loses focus. */
export function EscalationFilters({ view, onChange }: Props) {
  return (
    <Stack gap={2} alignItems="flex-end" wrap="wrap">
      <Field label="State" noMargin>
        <div data-testid={ids.filterState}>
          <RadioButtonGroup options={STATES} value={view.state} onChange={(state) => onChange({ state })} />
        </div>
      </Field>
      <TextFilter
        key={`kpi-${view.kpi}`}
        label="KPI id"
        value={view.kpi}
        testId={ids.filterKpi}
        onCommit={(kpi) => onChange({ kpi })}
      />
      <TextFilter
        key={`owner-${view.owner}`}
        label="Owner"
        value={view.owner}
        testId={ids.filterOwner}
        onCommit={(owner) => onChange({ owner })}
      />
    </Stack>
  );
}

interface TextFilterProps {
  label: string;
  value: string;
  testId: string;
  onCommit: (value: string) => void;
}

function TextFilter({ label, value, testId, onCommit }: TextFilterProps) {
  const [text, setText] = useState(value);
  const commit = () => text.trim() !== value && onCommit(text.trim());
  return (
    <Field label={label} noMargin>
      <Input
        data-testid={testId}
        width={24}
        placeholder="any"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </Field>
  );
}
