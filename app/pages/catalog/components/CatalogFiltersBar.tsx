import { type SelectableValue } from '@grafana/data';
import { Icon, Input, MultiSelect, RadioButtonGroup, Select, Stack } from '@grafana/ui';
import { CATALOG_STATES, type CatalogFilters, type CatalogState, type filterChoices } from '../data/catalogFilters';
import { catalogTestIds } from '../testIds';

interface Props {
  filters: CatalogFilters;
  choices: ReturnType<typeof filterChoices>;
  onChange: (next: CatalogFilters) => void;
}

const options = (values: readonly string[]): Array<SelectableValue<string>> =>
  values.map((v) => ({ label: v, value: v }));
const values = <T,>(picked: Array<SelectableValue<T>>): T[] =>
  picked.flatMap((p) => (p.value === undefined ? [] : [p.value]));
const INDICATORS: Array<SelectableValue<CatalogFilters['indicator']>> = [
  { label: 'All', value: '' },
  { label: 'Leading', value: 'leading' },
  { label: 'Lagging', value: 'lagging' },
];
const STATES: Array<SelectableValue<CatalogState>> = CATALOG_STATES.map((s) => ({ label: s, value: s }));

/** Search and filters of the catalog; every change goes to the URL through onChange. */
export function CatalogFiltersBar({ filters, choices, onChange }: Props) {
  const set = (patch: Partial<CatalogFilters>) => onChange({ ...filters, ...patch });
  const single = (key: 'stage' | 'owner' | 'label', placeholder: string, from: string[]) => (
    <div data-testid={catalogTestIds.filter(key)}>
      <Select
        aria-label={placeholder}
        placeholder={placeholder}
        isClearable
        width={24}
        options={options(from)}
        value={filters[key] === '' ? null : filters[key]}
        onChange={(v: SelectableValue<string> | null) => set({ [key]: v?.value ?? '' })}
      />
    </div>
  );
  return (
    <Stack direction="row" wrap="wrap" gap={1} alignItems="center">
      <Input
        data-testid={catalogTestIds.search}
        aria-label="Search KPIs"
        prefix={<Icon name="search" />}
        placeholder="Search name, id, description, owner"
        width={40}
        value={filters.q}
        onChange={(e) => set({ q: e.currentTarget.value })}
      />
      <div data-testid={catalogTestIds.filter('perspective')}>
        <MultiSelect
          aria-label="Perspective"
          placeholder="Perspective"
          width={30}
          options={options(choices.perspectives)}
          value={filters.perspective}
          onChange={(v: Array<SelectableValue<string>>) => set({ perspective: values(v) })}
        />
      </div>
      {single('stage', 'Journey stage', choices.stages)}
      {single('owner', 'Owner', choices.owners)}
      {single('label', 'Label', choices.labels)}
      <div data-testid={catalogTestIds.filter('state')}>
        <MultiSelect
          aria-label="State"
          placeholder="State"
          width={30}
          options={STATES}
          value={filters.state}
          onChange={(v: Array<SelectableValue<CatalogState>>) => set({ state: values(v) })}
        />
      </div>
      <div data-testid={catalogTestIds.filter('indicator')}>
        <RadioButtonGroup options={INDICATORS} value={filters.indicator} onChange={(v) => set({ indicator: v })} />
      </div>
    </Stack>
  );
}
