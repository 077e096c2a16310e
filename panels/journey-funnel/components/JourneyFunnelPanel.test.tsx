import { render, screen } from '@testing-library/react';
import { createDataFrame, FieldType } from '@grafana/data';
import { testIds } from '../../../app/testIds';
import { panelProps } from '../../../tests/factories/panelProps';
import { defaultOptions } from '../options';
import { JourneyFunnelPanel } from './JourneyFunnelPanel';

describe('JourneyFunnelPanel', () => {
  it('lists long and wide input frames', () => {
    const long = createDataFrame({
      refId: 'A',
      name: 'funnel',
      fields: [
        { name: 'stage', type: FieldType.string, values: ['awareness', 'purchase'] },
        { name: 'value', type: FieldType.number, values: [1000, 120] },
      ],
    });
    const wide = createDataFrame({
      refId: 'B',
      fields: [
        { name: 'awareness', type: FieldType.number, values: [900] },
        { name: 'purchase', type: FieldType.number, values: [80] },
      ],
    });
    render(<JourneyFunnelPanel {...panelProps(defaultOptions, [long, wide])} />);
    expect(screen.getByTestId(testIds.funnelPanel.frame(0))).toHaveTextContent('funnel (A)');
    expect(screen.getByTestId(testIds.funnelPanel.frame(0))).toHaveTextContent('2 rows');
    expect(screen.getByTestId(testIds.funnelPanel.frame(1))).toHaveTextContent('purchase: number');
  });

  it('shows the empty state without frames', () => {
    render(<JourneyFunnelPanel {...panelProps(defaultOptions, [])} />);
    expect(screen.getByTestId(testIds.funnelPanel.empty)).toBeInTheDocument();
  });
});
