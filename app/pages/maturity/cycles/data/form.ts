import { type z } from 'zod';
import { sameIdentity } from '../../../../../core/identity';
import { createCycleBody, type CreateCycleBody, type Cycle } from '../../../../../core/maturity/api';
import { KpiServerError } from '../../../../api/kpiServer';
import { explainError } from '../../../../api/explainError';

export const FORM_FIELDS = ['id', 'model', 'unit', 'year', 'assessors', 'lead', 'asOf'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export interface CycleForm {
  id: string;
  /** Once the user types an id, it no longer follows unit and year. */
  idEdited: boolean;
  model: string;
  unit: string;
  year: string;
  assessors: string[];
  lead: string;
  /** YYYY-MM-DD or empty (the server's default). */
  asOf: string;
}

export const emptyCycleForm = (year: number, model = ''): CycleForm => ({
  id: '',
  idEdited: false,
  model,
  unit: '',
  year: String(year),
  assessors: [],
  lead: '',
  asOf: '',
});

/** A resource id from unit and year: "Northwind SMB", 2027 → "northwind-smb-2027"; empty without a unit. */
export function suggestId(unit: string, year: string): string {
  const slug = unit
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  if (slug === '') {
    return '';
  }
  return year.trim() === '' ? slug : `${slug}-${year.trim()}`;
}

/** The form after a change, with the id following unit and year until the user edits it. */
export function changeForm(form: CycleForm, patch: Partial<CycleForm>): CycleForm {
  const next = { ...form, ...patch };
  return next.idEdited ? next : { ...next, id: suggestId(next.unit, next.year) };
}

export function bodyOf(form: CycleForm): CreateCycleBody {
  const asOf = form.asOf.trim();
  return {
    id: form.id.trim(),
    model: form.model,
    unit: form.unit.trim(),
    year: Number(form.year.trim() === '' ? NaN : form.year),
    assessors: form.assessors,
    lead: form.lead.trim(),
    ...(asOf === '' ? {} : { asOf }),
  };
}

function explain(field: FormField, issue: z.core.$ZodIssue, form: CycleForm): string {
  switch (field) {
    case 'id':
      return form.id.trim() === '' ? 'give the cycle an id' : `the id ${issue.message}`;
    case 'model':
      return 'pick a model';
    case 'unit':
      return form.unit.trim() === '' ? 'pick or type a unit' : `the unit ${issue.message}`;
    case 'year':
      return 'a whole year between 2000 and 2100';
    case 'assessors': {
      const index = issue.path[1];
      if (typeof index === 'number') {
        return `“${form.assessors[index] ?? ''}”: ${issue.message}`;
      }
      return form.assessors.length === 0 ? 'name at least one assessor' : 'at most 20 assessors';
    }
    case 'lead':
      return form.lead.trim() === '' ? 'name the lead' : `the lead: ${issue.message}`;
    case 'asOf':
      return 'a date as YYYY-MM-DD';
  }
}

const isField = (key: unknown): key is FormField => (FORM_FIELDS as readonly unknown[]).includes(key);

type Existing = Pick<Cycle, 'id' | 'model' | 'unit' | 'year'>;

/** What keeps the form from being sent, at most one problem per field, checked against the existing cycles. */
export function formProblems(form: CycleForm, existing: readonly Existing[]): Partial<Record<FormField, string>> {
  const problems: Partial<Record<FormField, string>> = {};
  const parsed = createCycleBody.safeParse(bodyOf(form));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0];
    if (isField(field) && problems[field] === undefined) {
      problems[field] = explain(field, issue, form);
    }
  }
  if (problems.id === undefined && existing.some((c) => c.id === form.id.trim())) {
    problems.id = `a cycle “${form.id.trim()}” exists already`;
  }
  const body = bodyOf(form);
  const same = existing.find((c) => c.unit === body.unit && c.model === body.model && c.year === body.year);
  if (problems.unit === undefined && same !== undefined) {
    problems.unit = `${same.unit} already has cycle ${same.id} for ${same.model} in ${same.year}`;
  }
  const twice = form.assessors.find((a, i) => form.assessors.some((b, j) => j < i && sameIdentity(a, b)));
  if (problems.assessors === undefined && twice !== undefined) {
    problems.assessors = `“${twice}” is named twice`;
  }
  return problems;
}

/** A refused create in plain words, and the field the server named when it named one. */
export function createError(err: unknown): { message: string; field?: FormField } {
  if (!(err instanceof KpiServerError)) {
    return { message: explainError(err) };
  }
  const named = err.path?.replace(/^body\./, '').split('.')[0];
  const field = isField(named) ? named : undefined;
  switch (err.status) {
    case 409:
      return { message: `Not created (409): ${err.message}. Change the id, unit or year and try again.`, field };
    case 400:
      return {
        message: `Not created (400): ${err.message}${err.path === undefined ? '' : ` (at ${err.path})`}`,
        field,
      };
    default:
      return { message: explainError(err), field };
  }
}
