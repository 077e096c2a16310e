import { render, screen, within } from '@testing-library/react';
import { createDataFrame, FieldType } from '@grafana/data';
import { panelProps } from '../../../tests/factories/panelProps';
import { defaultOptions, type Options } from '../options';
import { JourneyFunnelPanel } from './JourneyFunnelPanel';
import { testIds } from './../../../app/testIds';

const long = createDataFrame({
  refId: 'A',
  fields: [
    { name: 'stage', type: FieldType.string, values: ['Visit', 'Signup', 'Trial', 'Paid'] },
    { name: 'value', type: FieldType.number, values: [1000, 250, 400, 50] },
  ],
});

describe('JourneyFunnelPanel', () => {
  it('draws a long frame as bars in the data order with shares of the first stage', () => {
    render(<JourneyFunnelPanel {...panelProps(defaultOptions, [long])} />);
    const root = screen.getByTestId(testIds.funnelPanel.root);
    const items = within(root).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('[title]')?.textContent)).toEqual(['Visit', 'Signup', 'Trial', 'Paid']);
    expect(items[1]).toHaveTextContent('25% of first');
    expect(items[2]).toHaveTextContent('40% of first');
    expect(items[3]).toHaveTextContent('5% of first');
    expect(items[0]).toHaveTextContent('1000');
  });

  it('shows the empty state without frames', () => {
    render(<JourneyFunnelPanel {...panelProps(defaultOptions, [])} />);
    expect(screen.getByTestId(testIds.funnelPanel.empty)).toHaveTextContent('No data');
  });

  it('names the missing field instead of drawing a wrong funnel', () => {
    const options: Options = { ...defaultOptions, layout: 'long', valueField: 'customers' };
    render(<JourneyFunnelPanel {...panelProps(options, [long])} />);
    expect(screen.getByTestId(testIds.funnelPanel.error)).toHaveTextContent(/customers/);
  });
});
