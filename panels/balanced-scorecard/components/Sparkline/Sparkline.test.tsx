import { render, screen } from '@testing-library/react';
import { Sparkline } from './Sparkline';

describe('Sparkline', () => {
  it('draws one polyline per run of values, a dot for a lone value and a dot on the last point', () => {
    const trend = { times: [0, 1, 2, 3, 4, 5], values: [1, 2, null, 3, null, 4] };
    render(<Sparkline trend={trend} width={80} height={16} label="Trend of NPS" />);
    const svg = screen.getByRole('img', { name: 'Trend of NPS' });
    expect(svg.querySelectorAll('polyline')).toHaveLength(1);
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    expect(svg.querySelector('circle[data-last]')).toHaveAttribute('cx', '78');
  });

  it('draws nothing but the frame when the trend has no values', () => {
    render(<Sparkline trend={{ times: [0, 1], values: [null, null] }} width={80} height={16} label="Trend of NPS" />);
    expect(screen.getByRole('img', { name: 'Trend of NPS' }).children).toHaveLength(0);
  });
});
