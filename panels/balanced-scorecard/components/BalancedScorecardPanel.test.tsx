import { render, screen } from '@testing-library/react';
import { createDataFrame, FieldType } from '@grafana/data';
import { testIds } from '../../../app/testIds';
import { panelProps } from '../../../tests/factories/panelProps';
import { defaultOptions } from '../options';
import { BalancedScorecardPanel } from './BalancedScorecardPanel';

const bareTable = createDataFrame({
  refId: 'A',
  fields: [
    { name: 'perspective', type: FieldType.string, values: ['customer'] },
    { name: 'objective', type: FieldType.string, values: ['Delight customers'] },
    { name: 'kpi', type: FieldType.string, values: ['NPS'] },
    { name: 'value', type: FieldType.number, values: [41] },
    { name: 'target', type: FieldType.number, values: [45] },
  ],
});

describe('BalancedScorecardPanel', () => {
  it('lists the input frame with its fields', () => {
    render(<BalancedScorecardPanel {...panelProps(defaultOptions, [bareTable])} />);
    const frame = screen.getByTestId(testIds.balancedPanel.frame(0));
    expect(frame).toHaveTextContent('Frame 1 (A)');
    expect(frame).toHaveTextContent('1 rows');
    expect(frame).toHaveTextContent('target: number');
    expect(screen.queryByText(/Scorecard fields not found/)).not.toBeInTheDocument();
  });

  it('names required fields it cannot find, honouring renamed fields', () => {
    const options = { ...defaultOptions, fields: { ...defaultOptions.fields, value: 'actual', kpi: 'KPI' } };
    render(<BalancedScorecardPanel {...panelProps(options, [bareTable])} />);
    expect(screen.getByText('Missing: actual. Map them under Input fields.')).toBeInTheDocument();
  });

  it('shows the empty state without frames', () => {
    render(<BalancedScorecardPanel {...panelProps(defaultOptions, [])} />);
    expect(screen.getByTestId(testIds.balancedPanel.empty)).toHaveTextContent('No data');
  });
});
