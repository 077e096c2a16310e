import { KpiServerError } from '../../../../api/kpiServer';
import { aCycle } from './fixtures';
import { bodyOf, createError, changeForm, emptyCycleForm, formProblems, suggestId } from './form';

describe('suggestId', () => {
  it('makes a resource id from unit and year', () => {
    expect(suggestId('northwind-smb', '2027')).toBe('northwind-smb-2027');
    expect(suggestId('Northwind SMB', '2027')).toBe('northwind-smb-2027');
    expect(suggestId('_EMEA__Sales_', '2026')).toBe('emea-sales-2026');
    expect(suggestId('ops.eu', '')).toBe('ops.eu');
    expect(suggestId('  ', '2026')).toBe('');
  });
});

describe('changeForm', () => {
  it('keeps the id following unit and year until the user edits it', () => {
    let f = changeForm(emptyCycleForm(2027), { unit: 'Retail' });
    expect(f.id).toBe('retail-2027');
    f = changeForm(f, { year: '2028' });
    expect(f.id).toBe('retail-2028');
    f = changeForm(f, { id: 'my-own', idEdited: true });
    f = changeForm(f, { unit: 'Other' });
    expect(f.id).toBe('my-own');
  });
});

describe('formProblems and bodyOf', () => {
  const good = {
    ...emptyCycleForm(2027, 'maturity'),
    id: 'retail-2027',
    unit: 'retail',
    assessors: ['ann', 'Bo'],
    lead: 'ann',
  };

  it('accepts a complete form and sends exactly its fields', () => {
    expect(formProblems(good, [aCycle({ id: 'other', unit: 'retail', year: 2026, model: 'maturity' })])).toEqual({});
    expect(bodyOf(good)).toEqual({
      id: 'retail-2027',
      model: 'maturity',
      unit: 'retail',
      year: 2027,
      assessors: ['ann', 'Bo'],
      lead: 'ann',
    });
    expect(bodyOf({ ...good, asOf: '2027-06-30' }).asOf).toBe('2027-06-30');
  });

  it('puts each problem at its field', () => {
    const problems = formProblems(
      { ...good, id: 'Retail 2027', model: '', unit: '', year: '1999', assessors: [], lead: '', asOf: '30.6.2027' },
      []
    );
    expect(problems).toEqual({
      id: 'the id must be lowercase letters, digits, "." and "-", starting with a letter or digit',
      model: 'pick a model',
      unit: 'pick or type a unit',
      year: 'a whole year between 2000 and 2100',
      assessors: 'name at least one assessor',
      lead: 'name the lead',
      asOf: 'a date as YYYY-MM-DD',
    });
  });

  it('refuses an id in use, a year that is not whole and an assessor named twice', () => {
    const taken = aCycle({ id: 'retail-2027', unit: 'x', year: 2027 });
    expect(formProblems({ ...good, year: '2027.5', assessors: ['ann', 'ANN'] }, [taken])).toEqual({
      id: 'a cycle “retail-2027” exists already',
      year: 'a whole year between 2000 and 2100',
      assessors: '“ANN” is named twice',
    });
  });

  it('refuses a second cycle of one unit, model and year whatever its id', () => {
    const other = aCycle({ id: 'r27', unit: 'retail', year: 2027, model: 'maturity' });
    expect(formProblems(good, [other])).toEqual({ unit: 'retail already has cycle r27 for maturity in 2027' });
    expect(formProblems(good, [{ ...other, model: 'another' }])).toEqual({});
  });
});

describe('createError', () => {
  it('says what a 409 means and where a 400 points', () => {
    expect(createError(new KpiServerError('cycle x exists', 409, 'conflict'))).toEqual({
      message: 'Not created (409): cycle x exists. Change the id, unit or year and try again.',
    });
    expect(createError(new KpiServerError('bad unit', 400, 'invalid_request', 'body.unit'))).toEqual({
      message: 'Not created (400): bad unit (at body.unit)',
      field: 'unit',
    });
    expect(createError(new KpiServerError('no', 403, 'forbidden'))).toEqual({ message: 'Not allowed (403): no' });
  });
});
