import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { locationService } from '@grafana/runtime';
import { type StageView } from '../../data/model';
import { defaultOptions, type Options } from '../../options';
import { link, stagesFrom, stageView } from '../testing';
import { testIds } from '../../../../app/testIds';
import { FunnelBars } from './FunnelBars';

const options = (o: Partial<Options> = {}): Options => ({ ...defaultOptions, ...o });

function draw(stages: StageView[], o: Partial<Options> = {}, showPrevious = false) {
  return render(
    <FunnelBars
      stages={stages}
      options={options(o)}
      showPrevious={showPrevious}
      timeToConvert={[]}
      label="Funnel stages"
    />
  );
}

const names = () =>
  within(screen.getByRole('list', { name: 'Funnel stages' }))
    .getAllByRole('listitem')
    .filter((li) => li.dataset.testid?.startsWith('data-testid journey-funnel-stage-'))
    .map((li) => li.dataset.testid?.replace('data-testid journey-funnel-stage-', ''));

describe('FunnelBars', () => {
  it('keeps the data order when later stages are larger, each bar against the first stage', () => {
    draw(
      stagesFrom([
        ['visit', 1000],
        ['signup', 300],
        ['trial', 500],
        ['paid', 50],
      ])
    );
    expect(names()).toEqual(['visit', 'signup', 'trial', 'paid']);
    expect(screen.getByTestId(testIds.funnelPanel.bar('visit'))).toHaveStyle({ width: '100%' });
    expect(screen.getByTestId(testIds.funnelPanel.bar('signup'))).toHaveStyle({ width: '30%' });
    expect(screen.getByTestId(testIds.funnelPanel.bar('trial'))).toHaveStyle({ width: '50%' });
    expect(screen.getByTestId(testIds.funnelPanel.bar('paid'))).toHaveStyle({ width: '5%' });
  });

  it('shows counts, both conversions and the drop-off between stages', () => {
    draw(
      stagesFrom([
        ['visit', 1200],
        ['signup', 300],
        ['paid', 60],
      ])
    );
    const signup = screen.getByTestId(testIds.funnelPanel.stage('signup'));
    expect(within(signup).getByText('300')).toBeInTheDocument();
    expect(within(signup).getByText('25% of first')).toBeInTheDocument();
    expect(within(signup).getByText('25% of previous')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.funnelPanel.dropOff('signup'))).toHaveTextContent('900 lost (75%)');
    const paid = screen.getByTestId(testIds.funnelPanel.stage('paid'));
    expect(within(paid).getByText('5% of first')).toBeInTheDocument();
    expect(within(paid).getByText('20% of previous')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.funnelPanel.dropOff('paid'))).toHaveTextContent('240 lost (80%)');
    expect(screen.getByText('1,200')).toBeInTheDocument();
  });

  it('labels with one conversion when asked, and hides drop-offs when switched off', () => {
    draw(
      stagesFrom([
        ['visit', 1000],
        ['signup', 400],
      ]),
      { percentOf: 'first', showDropOff: false }
    );
    expect(screen.getByText('40% of first')).toBeInTheDocument();
    expect(screen.queryByText(/of previous/)).not.toBeInTheDocument();
    expect(screen.queryByTestId(testIds.funnelPanel.dropOff('signup'))).not.toBeInTheDocument();
  });

  it('shades the in-progress part of the bar', () => {
    const stages = stagesFrom(
      [
        ['visit', 1000],
        ['signup', 400],
      ],
      { signup: { inProgress: 100 } }
    );
    const { unmount } = draw(stages);
    // 100 of signup's 400 are still inside the window: a quarter of its bar
    expect(screen.getByTestId(testIds.funnelPanel.inProgress('signup'))).toHaveStyle({ width: '25%' });
    expect(screen.queryByTestId(testIds.funnelPanel.inProgress('visit'))).not.toBeInTheDocument();
    unmount();
    draw(stages, { showInProgress: false });
    expect(screen.queryByTestId(testIds.funnelPanel.inProgress('signup'))).not.toBeInTheDocument();
  });

  it('draws the previous period as ghost bars with the change and the significance mark', () => {
    const stages = [
      stageView({ key: 'visit', value: 1000, conversion: 1, previous: 800, previousConversion: 1 }),
      stageView({
        key: 'signup',
        index: 1,
        value: 300,
        conversion: 0.3,
        previous: 200,
        previousConversion: 0.25,
        change: 0.05,
        significant: true,
      }),
      stageView({
        key: 'paid',
        index: 2,
        value: 60,
        conversion: 0.06,
        previous: 56,
        previousConversion: 0.07,
        change: -0.01,
        significant: false,
      }),
    ];
    const { unmount } = draw(stages, {}, true);
    expect(screen.getByTestId(testIds.funnelPanel.ghost('signup'))).toHaveStyle({ width: '25%' });
    expect(screen.getByTestId(testIds.funnelPanel.change('signup'))).toHaveTextContent(
      '+5 pts vs previous periodsignificant'
    );
    expect(screen.getByTestId(testIds.funnelPanel.change('paid'))).toHaveTextContent('−1 pts vs previous period');
    expect(
      within(screen.getByTestId(testIds.funnelPanel.change('paid'))).queryByText('significant')
    ).not.toBeInTheDocument();
    unmount();
    draw(stages, {}, false);
    expect(screen.queryByTestId(testIds.funnelPanel.ghost('signup'))).not.toBeInTheDocument();
    expect(screen.queryByTestId(testIds.funnelPanel.change('signup'))).not.toBeInTheDocument();
  });

  it('flags an impossible stage with its problem instead of a normal bar', () => {
    const problem = 'paid 120 exceeds trial 80: step conversion 150%';
    draw(
      stagesFrom(
        [
          ['trial', 80],
          ['paid', 120],
        ],
        { paid: { impossible: true, problem } }
      )
    );
    expect(screen.getByTestId(testIds.funnelPanel.problem('paid'))).toHaveTextContent(problem);
    expect(screen.getByTestId(testIds.funnelPanel.bar('paid'))).not.toHaveAttribute('data-share');
    expect(screen.getByLabelText(/^paid: 120, .*, problem: paid 120 exceeds trial 80/)).toBeInTheDocument();
    // a negative drop-off is no drop-off: the problem says what is wrong
    expect(screen.queryByTestId(testIds.funnelPanel.dropOff('paid'))).not.toBeInTheDocument();
  });

  it('shows stage KPIs with value, target and status in words', () => {
    const stage = stageView({
      key: 'trial',
      kpis: [
        {
          kpiId: 'trial.rate',
          name: 'Trial rate',
          value: 0.42,
          valueText: '42%',
          target: 0.5,
          targetText: '50%',
          status: 'at-risk',
          statusWord: 'At risk',
          period: 'April 2026',
        },
      ],
    });
    const { unmount } = draw([stage]);
    expect(screen.getByTestId(testIds.funnelPanel.kpi('trial', 'trial.rate'))).toHaveTextContent(
      'Trial rate42% / 50%At risk'
    );
    unmount();
    draw([stage], { showStageKpis: false });
    expect(screen.queryByText('Trial rate')).not.toBeInTheDocument();
  });

  it('gives the median time to convert and the step histogram', () => {
    const stages = stagesFrom(
      [
        ['visit', 100],
        ['signup', 70],
      ],
      { signup: { medianTimeToConvert: 2.3 * 86400 } }
    );
    render(
      <FunnelBars
        stages={stages}
        options={options()}
        showPrevious={false}
        label="Funnel stages"
        timeToConvert={[
          {
            stage: 'signup',
            buckets: [
              { upTo: 86400, customers: 30 },
              { upTo: null, customers: 40 },
            ],
          },
        ]}
      />
    );
    expect(screen.getByTestId(testIds.funnelPanel.timeToConvert('signup'))).toHaveTextContent(
      'Median time to convert 2.3 days'
    );
    expect(
      screen.getByRole('img', { name: 'Time to convert to signup: ≤ 1 day: 30, > 1 day: 40' })
    ).toBeInTheDocument();
  });

  it('draws columns in the vertical orientation', () => {
    draw(
      stagesFrom([
        ['visit', 1000],
        ['signup', 400],
      ]),
      { orientation: 'vertical' }
    );
    expect(screen.getByTestId(testIds.funnelPanel.bar('signup'))).toHaveStyle({ height: '40%' });
  });

  it('lets the keyboard reach every stage, shows the tooltip on focus and follows the link on Enter', async () => {
    const onClick = jest.fn();
    const stages = stagesFrom(
      [
        ['visit', 1000],
        ['signup', 400],
      ],
      {
        signup: { conversionInterval: [0.37, 0.431], links: [link({ href: '/d/signup', onClick })] },
      }
    );
    draw(stages);
    await userEvent.tab();
    expect(screen.getByLabelText('visit: 1,000, 100% of first stage')).toHaveFocus();
    await userEvent.tab();
    const signupLink = screen.getByRole('link', { name: 'signup: 400, 40% of first stage, 40% of previous stage' });
    expect(signupLink).toHaveFocus();
    expect(signupLink).toHaveAttribute('href', '/d/signup');
    expect(await screen.findByText('40% (95% CI 37–43.1%)')).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('routes an in-app link without onClick through Grafana', async () => {
    locationService.push('/d/funnel');
    const stage = stageView({ key: 'visit', links: [link({ href: '/d/visits?var-stage=visit' })] });
    draw([stage]);
    await userEvent.click(screen.getByRole('link'));
    expect(locationService.getLocation().pathname).toBe('/d/visits');
    expect(locationService.getLocation().search).toBe('?var-stage=visit');
  });
});
