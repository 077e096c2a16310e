import { createTheme } from '@grafana/data';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testIds } from '../../../../app/testIds';
import {
  classicScorecard,
  kpiView,
  objectiveView,
  perspectiveView,
  scorecardView,
} from '../../../../tests/factories/scorecardView';
import { StrategyMap } from './StrategyMap';

const ids = testIds.balancedPanel;

describe('StrategyMap', () => {
  it('draws the classic map: four bands top to bottom, one node each, arrows running up', () => {
    render(<StrategyMap view={classicScorecard()} width={800} height={480} />);
    const bands = screen.getAllByTestId(/balanced-scorecard-map-band-/);
    expect(bands.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Financial',
      'Customer',
      'Internal process',
      'Learning and growth',
    ]);
    expect(bands[1]).toHaveTextContent('Customer5.7At risk');
    expect(screen.getAllByRole('listitem').map((n) => n.getAttribute('aria-label'))).toEqual([
      'Grow revenue: 6.4, At risk',
      'Delight customers: 5.7, At risk',
      'Resolve issues fast: 5.8, At risk',
      'Skilled teams: no score, No data',
    ]);
    expect(screen.getAllByTestId(/balanced-scorecard-map-edge-/)).toHaveLength(3);
    expect(screen.getByTestId(ids.mapEdge('skills', 'resolve-fast'))).toHaveAttribute('d', 'M 400 400 L 400 344');
    expect(screen.getByTestId(ids.mapEdge('resolve-fast', 'delight'))).toBeInTheDocument();
    expect(screen.getByTestId(ids.mapEdge('delight', 'grow-revenue'))).toBeInTheDocument();
  });

  it('shows each node’s name, score and status as icon and word, inside its band', () => {
    render(<StrategyMap view={classicScorecard()} width={800} height={480} />);
    const node = screen.getByTestId(ids.mapNode('skills'));
    expect(within(screen.getByTestId(ids.mapBand('learning-growth'))).getByRole('listitem')).toBe(node);
    expect(node).toHaveTextContent('Skilled teams–No data');
    expect(within(node).getByRole('img', { name: 'No data' })).toBeInTheDocument();
    expect(screen.getByTestId(ids.mapNode('delight'))).toHaveTextContent('Delight customers5.7At risk');
  });

  it('tints nodes by status with the theme’s colours', () => {
    const theme = createTheme();
    render(<StrategyMap view={classicScorecard()} width={800} height={480} />);
    expect(screen.getByTestId(ids.mapNode('delight'))).toHaveStyle({ borderColor: theme.colors.warning.border });
    expect(screen.getByTestId(ids.mapNode('skills'))).toHaveStyle({ borderColor: theme.colors.border.medium });
  });

  it('names the arrows in the SVG title and lets the keyboard reach every node', async () => {
    render(<StrategyMap view={classicScorecard()} width={800} height={480} />);
    expect(
      screen.getByRole('img', {
        name: 'Strategy map of 4 objectives: Delight customers drives Grow revenue; Resolve issues fast drives Delight customers; Skilled teams drives Resolve issues fast',
      })
    ).toBeInTheDocument();
    const user = userEvent.setup();
    for (const key of ['grow-revenue', 'delight', 'resolve-fast', 'skills']) {
      await user.tab();
      expect(screen.getByTestId(ids.mapNode(key))).toHaveFocus();
    }
  });

  it('gives a cut-off name its full text as a title, and no title when it fits', () => {
    const overflowing = jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(300);
    jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(200);
    const { unmount } = render(<StrategyMap view={classicScorecard()} width={800} height={480} />);
    expect(within(screen.getByTestId(ids.mapNode('delight'))).getByText('Delight customers')).toHaveAttribute(
      'title',
      'Delight customers'
    );
    unmount();
    overflowing.mockReturnValue(150);
    render(<StrategyMap view={classicScorecard()} width={800} height={480} />);
    expect(within(screen.getByTestId(ids.mapNode('delight'))).getByText('Delight customers')).not.toHaveAttribute(
      'title'
    );
    jest.restoreAllMocks();
  });

  it('widens the map past the panel rather than squashing nodes', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    const objectives = keys.map((k) => objectiveView(k, `Objective ${k}`, [kpiView({ name: k, value: 90 })]));
    render(
      <StrategyMap view={scorecardView([perspectiveView('p', 'Customer', objectives)])} width={600} height={200} />
    );
    const nodes = screen.getAllByRole('listitem');
    expect(nodes).toHaveLength(6);
    expect(nodes[5]).toHaveStyle({ left: '732px', width: '120px' });
    expect(screen.getByTestId(ids.map).firstElementChild).toHaveStyle({ width: '864px', height: '184px' });
  });

  it('falls back to the perspectives with a one-line hint when too small for nodes', () => {
    render(<StrategyMap view={classicScorecard()} width={500} height={300} />);
    expect(screen.getByTestId(ids.mapHint)).toHaveTextContent(
      'The strategy map needs 240 × 352 px; showing perspectives only.'
    );
    expect(screen.getAllByTestId(/balanced-scorecard-map-band-/).map((b) => b.textContent)).toEqual([
      'Financial6.4At risk',
      'Customer5.7At risk',
      'Internal process5.8At risk',
      'Learning and growth–No data',
    ]);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.queryAllByTestId(/balanced-scorecard-map-edge-/)).toHaveLength(0);
  });
});
