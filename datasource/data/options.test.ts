import { toDataFrame } from '@grafana/data';
import { fakeTemplateSrv } from '../../tests/factories/templateSrv';
import { listValues, matching, toComboboxOptions, variableOptions } from './options';

describe('picker options', () => {
  it('reads text/value frames and labels each option with name and id', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'text', values: ['Net Promoter Score', 'smb'] },
        { name: 'value', values: ['customer.nps', 'smb'] },
      ],
    });
    const values = listValues([frame]);
    expect(values).toEqual([
      { text: 'Net Promoter Score', value: 'customer.nps' },
      { text: 'smb', value: 'smb' },
    ]);
    expect(toComboboxOptions(values)).toEqual([
      { value: 'customer.nps', label: 'Net Promoter Score (customer.nps)' },
      { value: 'smb', label: 'smb' },
    ]);
  });

  it('offers the dashboard variables as $name and filters by what was typed', () => {
    const options = [
      ...variableOptions(fakeTemplateSrv({ kpi: 'x' })),
      { value: 'customer.nps', label: 'NPS (customer.nps)' },
    ];
    expect(options[0]).toMatchObject({ value: '$kpi', label: '$kpi', group: 'Template variables' });
    expect(matching(options, 'NPS').map((o) => o.value)).toEqual(['customer.nps']);
    expect(matching(options, 'customer.').map((o) => o.value)).toEqual(['customer.nps']);
    expect(matching(options, '')).toHaveLength(2);
  });
});
