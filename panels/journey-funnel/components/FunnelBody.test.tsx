import { render, screen, within } from '@testing-library/react';
import { defaultOptions, type Options } from '../options';
import { FunnelBody } from './FunnelBody';
import { funnelView, stagesFrom } from './testing';
import { testIds } from './../../../app/testIds';

const options = (o: Partial<Options> = {}): Options => ({ ...defaultOptions, ...o });

const total = {
  breakdown: null,
  stages: stagesFrom([
    ['visit', 1000],
    ['signup', 400],
    ['paid', 100],
  ]),
};
const web = {
  breakdown: 'web',
  stages: stagesFrom([
    ['visit', 800],
    ['signup', 360],
    ['paid', 80],
  ]),
};
const app = {
  breakdown: 'app',
  stages: stagesFrom([
    ['visit', 200],
    ['signup', 40],
    ['paid', 20],
  ]),
};
const split = funnelView([total, web, app], { breakdownField: 'channel' });

describe('FunnelBody', () => {
  it('draws grouped bars per stage with a legend of the breakdown values', () => {
    render(<FunnelBody view={split} options={options()} width={800} height={600} />);
    const grouped = screen.getByTestId(testIds.funnelPanel.grouped);
    expect(within(screen.getByTestId(testIds.funnelPanel.legend)).getByText('web')).toBeInTheDocument();
    expect(within(screen.getByTestId(testIds.funnelPanel.legend)).getByText('app')).toBeInTheDocument();
    const signup = within(grouped).getByTestId(testIds.funnelPanel.stage('signup'));
    // each value against its own first stage: web 360 of 800, app 40 of 200
    expect(within(signup).getByTestId(testIds.funnelPanel.bar('signup-web'))).toHaveStyle({ width: '45%' });
    expect(within(signup).getByTestId(testIds.funnelPanel.bar('signup-app'))).toHaveStyle({ width: '20%' });
    expect(within(signup).getByRole('list', { name: 'signup by breakdown' })).toHaveTextContent(
      'web360 · 45%app40 · 20%'
    );
    expect(screen.queryByTestId(testIds.funnelPanel.multiples)).not.toBeInTheDocument();
  });

  it('draws one small funnel per group as multiples', () => {
    render(<FunnelBody view={split} options={options({ breakdownMode: 'multiples' })} width={800} height={600} />);
    const cells = [0, 1, 2].map((i) => screen.getByTestId(testIds.funnelPanel.multiple(i)));
    expect(cells.map((c) => c.querySelector('h3')?.textContent)).toEqual(['All', 'web', 'app']);
    expect(within(cells[2] ?? document.body).getByTestId(testIds.funnelPanel.bar('paid'))).toHaveStyle({
      width: '10%',
    });
    expect(screen.queryByTestId(testIds.funnelPanel.grouped)).not.toBeInTheDocument();
  });

  it('degrades to a compact list on a small panel', () => {
    render(<FunnelBody view={split} options={options()} width={280} height={400} />);
    const list = screen.getByTestId(testIds.funnelPanel.compact);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['visit1,000100%', 'signup40040%', 'paid10010%']);
    expect(screen.queryByTestId(testIds.funnelPanel.grouped)).not.toBeInTheDocument();
  });

  it('explains the hatching and outlines in a legend, and shows input notices', () => {
    const view = funnelView(
      [
        {
          breakdown: null,
          stages: stagesFrom(
            [
              ['visit', 100],
              ['signup', 50],
            ],
            { signup: { inProgress: 5 } }
          ),
        },
      ],
      { hasPrevious: true, warnings: ['Row 3 has no stage name: left out'] }
    );
    const { unmount } = render(<FunnelBody view={view} options={options()} width={800} height={600} />);
    expect(screen.getByTestId(testIds.funnelPanel.legend)).toHaveTextContent('in progressprevious period');
    expect(screen.getByTestId(testIds.funnelPanel.notices)).toHaveTextContent('Row 3 has no stage name: left out');
    unmount();
    render(
      <FunnelBody
        view={view}
        options={options({ showInProgress: false, showPrevious: false })}
        width={800}
        height={600}
      />
    );
    expect(screen.queryByTestId(testIds.funnelPanel.legend)).not.toBeInTheDocument();
  });

  it('draws the flow view with a node per stage, links and drop-offs', () => {
    render(<FunnelBody view={split} options={options({ view: 'flow' })} width={600} height={260} />);
    const flow = screen.getByTestId(testIds.funnelPanel.flow);
    // 260 high: 64 for labels, 40 for drop-offs, 156 for the first stage's 1000 customers
    expect(within(flow).getByTestId(testIds.funnelPanel.flowNode('visit'))).toHaveAttribute('height', '156');
    expect(within(flow).getByTestId(testIds.funnelPanel.flowNode('signup'))).toHaveAttribute('height', '62.4');
    expect(within(flow).getByTestId(testIds.funnelPanel.flowNode('paid'))).toHaveAttribute('height', '15.6');
    expect(within(flow).getByTestId(testIds.funnelPanel.flowDropOff('signup'))).toHaveTextContent('600 lost (60%)');
    expect(within(flow).getByTestId(testIds.funnelPanel.flowLink('paid'))).toBeInTheDocument();
    expect(within(flow).getByLabelText('signup: 400, 40% of first stage, 40% of previous stage')).toHaveTextContent(
      'signup400 · 40%'
    );
  });
});

describe('FunnelBody at scale', () => {
  it('keeps 30 stages and 8 breakdown values in order, long names titled in full', () => {
    const keys = Array.from({ length: 30 }, (_, i) => `stage-${i + 1}`);
    const groups = ['all', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((name, g) => ({
      breakdown: g === 0 ? null : `${name} segment with a rather long name`,
      stages: stagesFrom(keys.map((k, i) => [k, 3000 - i * 100 - g])),
    }));
    render(<FunnelBody view={funnelView(groups)} options={options()} width={800} height={400} />);
    const legend = within(screen.getByTestId(testIds.funnelPanel.legend)).getAllByRole('listitem');
    expect(legend).toHaveLength(8);
    expect(within(legend[7] ?? document.body).getByTitle('h segment with a rather long name')).toBeInTheDocument();
    const stages = within(screen.getByRole('list', { name: 'Funnel stages by breakdown' })).getAllByRole('listitem', {
      name: '',
    });
    const rows = stages.filter((li) => li.dataset.testid?.startsWith('data-testid journey-funnel-stage-'));
    expect(rows.map((li) => li.dataset.testid?.slice('data-testid journey-funnel-stage-'.length))).toEqual(keys);
    // the first stages' bars mount with the panel, the others when they scroll near (never here: no layout)
    expect(within(rows[0] ?? document.body).getAllByRole('listitem')).toHaveLength(8);
    expect(within(rows[29] ?? document.body).queryAllByRole('listitem')).toHaveLength(0);
  });
});
