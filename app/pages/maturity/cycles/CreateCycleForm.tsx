import { useState } from 'react';
import { locationService } from '@grafana/runtime';
import { Alert, Box, Button, Combobox, Field, Input, Stack, TagsInput } from '@grafana/ui';
import { type Cycle } from '../../../../core/maturity/api';
import { useLoad } from '../../../components/useLoad';
import { explainError } from '../../../api/explainError';
import { createCycle, listModels } from '../api';
import { cyclePath } from '../data/route';
import {
  bodyOf,
  changeForm,
  type CycleForm,
  createError,
  emptyCycleForm,
  type FormField,
  formProblems,
} from './data/form';
import { unitsOf } from './data/grid';
import { cyclesTestIds as ids } from './testIds';

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** Fields whose problems show as soon as they hold something; the rest once sending was tried. */
const filled = (f: CycleForm): Record<FormField, boolean> => ({
  id: f.id !== '',
  model: f.model !== '',
  unit: f.unit !== '',
  year: true,
  assessors: f.assessors.length > 0,
  lead: f.lead !== '',
  asOf: f.asOf !== '',
});

/** POST maturity/cycles through the Admin route, then opens the new cycle; a refusal keeps what was typed. */
export function CreateCycleForm({ cycles, onCancel }: { cycles: Cycle[]; onCancel: () => void }) {
  const [models] = useLoad(listModels, [], explainError);
  const [form, setForm] = useState(() => emptyCycleForm(new Date().getFullYear()));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<{ message: string; field?: FormField }>();
  const modelIds = models.state === 'done' ? models.value : [];
  // a single approved model needs no choosing
  const chosen = form.model === '' && modelIds.length === 1 ? { ...form, model: modelIds[0] ?? '' } : form;
  const problems = formProblems(chosen, cycles);
  const shown = filled(chosen);
  const problemAt = (f: FormField) =>
    (tried || shown[f] ? problems[f] : undefined) ?? (refused?.field === f ? refused.message : undefined);
  const set = (patch: Partial<CycleForm>) => setForm((f) => changeForm(f, patch));

  const send = async () => {
    setTried(true);
    if (Object.keys(problems).length > 0) {
      return;
    }
    setBusy(true);
    setRefused(undefined);
    try {
      const created = await createCycle(bodyOf(chosen));
      locationService.push(cyclePath(created.id));
    } catch (err) {
      setRefused(createError(err));
      setBusy(false);
    }
  };

  const field = (name: FormField, label: string, description?: string) => ({
    label,
    description,
    invalid: problemAt(name) !== undefined,
    error: problemAt(name),
  });

  return (
    <Stack direction="column" gap={1}>
      <div data-testid={ids.createForm}>
        <Field {...field('model', 'Maturity model', 'Only models with an approved version can be assessed.')}>
          <Combobox
            data-testid={ids.field('model')}
            options={options(modelIds)}
            value={chosen.model === '' ? null : chosen.model}
            loading={models.state === 'loading'}
            placeholder={models.state === 'error' ? models.error : 'Pick a model'}
            onChange={(o) => set({ model: o.value })}
          />
        </Field>
        <Stack gap={2}>
          <Box grow={1}>
            <Field {...field('unit', 'Unit', 'A scorecard id or a label value; pick one or type a new one.')}>
              <Combobox
                data-testid={ids.field('unit')}
                options={options(unitsOf(cycles))}
                value={chosen.unit === '' ? null : chosen.unit}
                createCustomValue
                customValueDescription="New unit"
                placeholder="Unit"
                onChange={(o) => set({ unit: o.value })}
              />
            </Field>
          </Box>
          <Field {...field('year', 'Year')}>
            <Input
              data-testid={ids.field('year')}
              type="number"
              width={12}
              value={chosen.year}
              onChange={(e) => set({ year: e.currentTarget.value })}
            />
          </Field>
        </Stack>
        <Field {...field('id', 'Cycle id', 'Suggested from unit and year; lowercase letters, digits, “.” and “-”.')}>
          <Input
            data-testid={ids.field('id')}
            value={chosen.id}
            onChange={(e) => set({ id: e.currentTarget.value, idEdited: true })}
          />
        </Field>
        <div data-testid={ids.field('assessors')}>
          <Field {...field('assessors', 'Assessors', 'Grafana logins; press Enter after each name.')}>
            <TagsInput
              tags={chosen.assessors}
              addOnBlur
              placeholder="Add an assessor"
              onChange={(tags) => set({ assessors: tags, lead: chosen.lead === '' ? (tags[0] ?? '') : chosen.lead })}
            />
          </Field>
        </div>
        <Stack gap={2}>
          <Box grow={1}>
            <Field {...field('lead', 'Lead', 'Settles disputes and releases the cycle.')}>
              <Combobox
                data-testid={ids.field('lead')}
                options={options(chosen.assessors)}
                value={chosen.lead === '' ? null : chosen.lead}
                createCustomValue
                placeholder="Lead"
                onChange={(o) => set({ lead: o.value })}
              />
            </Field>
          </Box>
          <Field {...field('asOf', 'Evidence as of (optional)', 'Default: the year’s last day, or today.')}>
            <Input
              data-testid={ids.field('asOf')}
              type="date"
              value={chosen.asOf}
              onChange={(e) => set({ asOf: e.currentTarget.value })}
            />
          </Field>
        </Stack>
      </div>
      {refused !== undefined && (
        <Alert severity="error" title="The cycle was not created" data-testid={ids.formError}>
          {refused.message}
        </Alert>
      )}
      <Stack gap={1}>
        <Button data-testid={ids.submit} icon="plus" disabled={busy} onClick={send}>
          {busy ? 'Creating…' : 'Create cycle'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  );
}
