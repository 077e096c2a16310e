import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDataFrame, dateTime, FieldType, toDataFrame } from '@grafana/data';
import { panelProps } from '../../../../tests/factories/panelProps';
import { defaultOptions, type Options } from '../../options';
import { JourneyFunnelPanel } from '../JourneyFunnelPanel';
import { testIds } from '../../../../app/testIds';

const funnel = createDataFrame({
  refId: 'A',
  fields: [
    { name: 'stage', type: FieldType.string, values: ['visit', 'signup', 'trial', 'paid'] },
    { name: 'value', type: FieldType.number, values: [1000, 400, 250, 50] },
  ],
});

const at = (iso: string) => dateTime(iso).valueOf();

// The KPI datasource tags an escalation with the journey stage of its KPI; an ordinary note carries other tags.
const annotations = [
  toDataFrame({
    fields: [
      { name: 'time', type: FieldType.time, values: [at('2026-06-10T14:15:00Z'), at('2026-06-12T00:00:00Z')] },
      { name: 'timeEnd', type: FieldType.time, values: [null, null] },
      { name: 'title', type: FieldType.string, values: ['Trial conversion: escalation level 3 (open)', 'Release'] },
      { name: 'text', type: FieldType.string, values: ['Below target for 2 weeks', 'trial flow v2'] },
      {
        name: 'tags',
        type: FieldType.other,
        values: [
          ['escalation', 'trial-conversion', 'growth-policy', 'open', 'trial'],
          ['release', 'signup'],
        ],
      },
    ],
  }),
];

const timeRange = {
  from: dateTime('2026-06-01T00:00:00Z'),
  to: dateTime('2026-06-30T12:00:00Z'),
  raw: { from: 'now-30d', to: 'now' },
};

function renderPanel(options: Partial<Options>) {
  const props = panelProps({ ...defaultOptions, ...options }, [funnel], { timeRange, timeZone: 'utc' });
  return render(<JourneyFunnelPanel {...props} data={{ ...props.data, annotations }} />);
}

describe('Journey Funnel escalations', () => {
  it('rings a bell beside the stage whose id the escalation is tagged with, and no other', async () => {
    renderPanel({});
    const trial = screen.getByTestId(testIds.funnelPanel.stage('trial'));
    expect(
      await within(trial).findByRole('img', { name: 'Escalation open: level 3 since 2026-06-10 14:15' })
    ).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /^Escalation/ })).toHaveLength(1);
    expect(
      within(screen.getByTestId(testIds.funnelPanel.stage('signup'))).queryByRole('img', { name: /^Escalation/ })
    ).not.toBeInTheDocument();
  });

  it("shows the annotation's title and text on hover", async () => {
    renderPanel({});
    await userEvent.hover(await screen.findByRole('img', { name: /^Escalation open/ }));
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Trial conversion: escalation level 3 (open)');
    expect(tooltip).toHaveTextContent('Below target for 2 weeks');
  });

  it('marks the stage row of grouped bars too', async () => {
    const split = createDataFrame({
      refId: 'A',
      fields: [
        { name: 'stage', type: FieldType.string, values: ['visit', 'trial', 'visit', 'trial'] },
        { name: 'value', type: FieldType.number, values: [600, 150, 400, 100] },
        { name: 'segment', type: FieldType.string, values: ['web', 'web', 'app', 'app'] },
      ],
    });
    const props = panelProps(defaultOptions, [split], { timeRange, timeZone: 'utc', width: 800, height: 600 });
    render(<JourneyFunnelPanel {...props} data={{ ...props.data, annotations }} />);
    const grouped = await screen.findByTestId(testIds.funnelPanel.grouped);
    const trial = within(grouped).getByTestId(testIds.funnelPanel.stage('trial'));
    expect(within(trial).getByRole('img', { name: /^Escalation open: level 3/ })).toBeInTheDocument();
  });

  it('shows no bell when the option is off', async () => {
    renderPanel({ showEscalations: false });
    expect(await screen.findByTestId(testIds.funnelPanel.stage('trial'))).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^Escalation/ })).not.toBeInTheDocument();
  });
});
