import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createDataFrame,
  createTheme,
  dateTime,
  FieldType,
  PanelOptionsEditorBuilder,
  toDataFrame,
} from '@grafana/data';
import { testIds } from '../../../../app/testIds';
import { panelProps } from '../../../../tests/factories/panelProps';
import { giveElementsSize } from '../../../../tests/factories/sizedElements';
import { plugin } from '../../module';
import { defaultOptions, type Options } from '../../options';
import { BalancedScorecardPanel } from '../BalancedScorecardPanel';

const table = createDataFrame({
  refId: 'A',
  fields: [
    { name: 'perspective', type: FieldType.string, values: ['customer', 'customer', 'financial'] },
    { name: 'objective', type: FieldType.string, values: ['Delight customers', 'Delight customers', 'Grow'] },
    { name: 'kpi', type: FieldType.string, values: ['NPS', 'CSAT', 'ARR growth'] },
    { name: 'kpiId', type: FieldType.string, values: ['', 'csat', 'arr-growth'] },
    { name: 'value', type: FieldType.number, values: [41, 92, 12] },
    { name: 'target', type: FieldType.number, values: [45, 90, 10] },
  ],
});

const at = (iso: string) => dateTime(iso).valueOf();

// NPS by name (no kpiId in the row), CSAT by id; a deploy note and an escalation resolved before the range are ignored.
const annotations = [
  toDataFrame({
    fields: [
      {
        name: 'time',
        type: FieldType.time,
        values: [
          at('2026-06-29T07:00:00Z'),
          at('2026-06-20T06:30:00Z'),
          at('2026-06-25T00:00:00Z'),
          at('2026-05-01T00:00:00Z'),
        ],
      },
      { name: 'timeEnd', type: FieldType.time, values: [null, null, null, at('2026-05-02T00:00:00Z')] },
      {
        name: 'title',
        type: FieldType.string,
        values: [
          'NPS: escalation level 2 (open)',
          'CSAT: escalation level 1 (acknowledged)',
          'Deploy 4.2',
          'ARR growth: escalation level 1 (resolved)',
        ],
      },
      { name: 'text', type: FieldType.string, values: ['Critical 3 of the last 4 months', '', 'shipped', ''] },
      {
        name: 'tags',
        type: FieldType.other,
        values: [
          ['escalation', 'nps', 'cx-policy', 'open'],
          ['escalation', 'csat', 'cx-policy', 'acknowledged'],
          ['deploy'],
          ['escalation', 'arr-growth', 'finance-policy', 'resolved'],
        ],
      },
    ],
  }),
  // an annotation frame with nothing but times must not break the panel
  toDataFrame({ fields: [{ name: 'time', type: FieldType.time, values: [at('2026-06-28T00:00:00Z')] }] }),
];

const timeRange = {
  from: dateTime('2026-06-01T00:00:00Z'),
  to: dateTime('2026-06-30T12:00:00Z'),
  raw: { from: 'now-30d', to: 'now' },
};

function renderPanel(options: Options, timeZone = 'Europe/Berlin') {
  const props = panelProps(options, [table], { width: 1000, height: 600, timeRange, timeZone });
  return render(<BalancedScorecardPanel {...props} data={{ ...props.data, annotations }} />);
}

const withEscalations = (escalations: boolean, view: Options['view'] = 'grid'): Options => ({
  ...defaultOptions,
  view,
  display: { ...defaultOptions.display, escalations },
});

beforeAll(() => giveElementsSize(800));

describe('Balanced Scorecard escalations', () => {
  it('rings a bell beside escalated KPIs, coloured by state, and counts open ones per perspective', async () => {
    renderPanel(withEscalations(true));
    const theme = createTheme();
    const nps = screen.getByTestId(testIds.balancedPanel.kpi('customer/delightcustomers/0'));
    // 07:00 UTC is 09:00 in Berlin in June
    const open = await within(nps).findByRole('img', { name: 'Escalation open: level 2 since 2026-06-29 09:00' });
    expect(open).toHaveStyle({ color: theme.colors.error.text });
    const csat = screen.getByTestId(testIds.balancedPanel.kpi('customer/delightcustomers/1'));
    expect(
      within(csat).getByRole('img', { name: 'Escalation acknowledged: level 1 since 2026-06-20 08:30' })
    ).toHaveStyle({ color: theme.colors.warning.text });
    const arr = screen.getByTestId(testIds.balancedPanel.kpi('financial/grow/0'));
    expect(within(arr).queryByRole('img', { name: /^Escalation/ })).not.toBeInTheDocument();
    expect(screen.getByTestId(testIds.balancedPanel.perspective('customer'))).toHaveTextContent('1 open escalation');
    expect(screen.getByTestId(testIds.balancedPanel.perspective('financial'))).not.toHaveTextContent('escalation');
  });

  it("shows the annotation's title and text on hover", async () => {
    renderPanel(withEscalations(true));
    await userEvent.hover(screen.getByRole('img', { name: /^Escalation open/ }));
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('NPS: escalation level 2 (open)');
    expect(tooltip).toHaveTextContent('Critical 3 of the last 4 months');
  });

  it('marks escalated KPIs in the table view too', async () => {
    renderPanel(withEscalations(true, 'table'), 'utc');
    const row = screen.getByTestId(testIds.balancedPanel.tableRow('customer/delightcustomers/0'));
    expect(
      await within(row).findByRole('img', { name: 'Escalation open: level 2 since 2026-06-29 07:00' })
    ).toBeInTheDocument();
  });

  it('shows no bell and no count when the option is off', async () => {
    renderPanel(withEscalations(false));
    expect(await screen.findByText('NPS')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^Escalation/ })).not.toBeInTheDocument();
    expect(screen.getByTestId(testIds.balancedPanel.perspective('customer'))).not.toHaveTextContent('escalation');
  });

  it('offers "Show escalations" under KPI display, on by default, hidden on the strategy map', () => {
    const builder = new PanelOptionsEditorBuilder<Options>();
    plugin.getPanelOptionsSupplier()(builder, { data: [] });
    const item = builder.getItems().find((i) => i.path === 'display.escalations');
    expect(item?.name).toBe('Show escalations');
    expect(item?.defaultValue).toBe(true);
    expect(item?.category).toEqual(['KPI display']);
    expect(item?.showIf?.({ ...defaultOptions, view: 'map' })).toBe(false);
    expect(item?.showIf?.({ ...defaultOptions, view: 'grid' })).toBe(true);
  });
});
