import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Cycle, type CycleResults } from '../../../../core/maturity/api';
import { fakeBackend, ok } from '../../../testing/fakeBackend';
import { ReportPage } from './ReportPage';
import { reportTestIds as ids } from './testIds';

const CYCLES = 'GET /api/plugin-proxy/scorecard-suite-app/viewer/v1/maturity/cycles';

const cycle: Cycle = {
  id: 'ops-2026',
  model: 'practice',
  modelVersion: 2,
  unit: 'ops',
  year: 2026,
  asOf: '2026-12-31',
  assessors: ['ann', 'bo'],
  lead: 'lea',
  state: 'released',
  createdBy: 'admin',
  createdAt: '2026-01-05T09:00:00.000Z',
  releasedBy: 'lea',
  releasedAt: '2026-11-30T15:20:00.000Z',
  progress: { ann: 3, bo: 2 },
  criteria: 3,
};

const base = { disputed: false, settled: null, byAssessor: {}, evidence: null, exemption: null };
const results: CycleResults = {
  id: 'ops-2026',
  state: 'released',
  unit: 'ops',
  year: 2026,
  model: 'practice',
  modelVersion: 2,
  asOf: '2026-12-31',
  assessors: ['ann', 'bo'],
  lead: 'lea',
  stages: [
    { id: 'b', name: 'Basic' },
    { id: 'l', name: 'Leading' },
  ],
  dimensions: [
    { id: 'd', name: 'Data', stage: 'b', stageIndex: 1, byAssessor: {}, next: { stage: 'l', criteria: ['d2'] } },
    { id: 'p', name: 'People', stage: 'l', stageIndex: 2, byAssessor: {}, next: { stage: null, criteria: [] } },
  ],
  agreement: { alpha: 0.9, byDimension: { d: 0.7, p: null } },
  disputed: [],
  criteria: [
    { ...base, id: 'd1', dimension: 'd', stage: 'b', text: 'Sources are listed', consensus: 'met' },
    { ...base, id: 'd2', dimension: 'd', stage: 'l', text: 'Owners review quality', consensus: 'partial' },
    {
      ...base,
      id: 'p1',
      dimension: 'p',
      stage: 'l',
      text: 'Someone leads',
      consensus: 'met',
      settled: { answer: 'met', note: 'Named in May', by: 'lea', at: '2026-11-29T10:00:00.000Z' },
    },
  ],
  previous: { cycle: 'ops-2025', year: 2025, dimensions: [{ id: 'd', stage: 'l' }] },
  change: { d: -1 },
};

const serveCycle = (c: Cycle, r: CycleResults) =>
  fakeBackend({ [`${CYCLES}/ops-2026`]: ok(c), [`${CYCLES}/ops-2026/results`]: ok(r) });

describe('ReportPage', () => {
  it('renders the sections in order with stages, change, next steps and the lead’s settlement', async () => {
    serveCycle(cycle, results);
    render(<ReportPage id="ops-2026" />);
    const root = await screen.findByTestId(ids.root);
    expect(within(root).getByRole('heading', { level: 1 })).toHaveTextContent('ops: maturity 2026');
    expect(root).toHaveTextContent('Modelpractice v2');
    expect(screen.queryByTestId(ids.provisional)).not.toBeInTheDocument();
    const headings = within(root)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Stages',
      'Next steps',
      'Agreement between assessors',
      'Assessors and lead',
      'Evidence from the registry',
      'Settled disputes',
    ]);
    const stageRows = within(screen.getByTestId(ids.section('stages'))).getAllByRole('row');
    expect(stageRows.map((r) => r.textContent)).toEqual([
      'DimensionStageLevelPrevious (2025)Change',
      'DataBasic1 of 2Leading−1',
      'PeopleLeading2 of 2——',
    ]);
    const next = screen.getByTestId(ids.section('nextSteps'));
    expect(next).toHaveTextContent('Data: next stage Leading');
    expect(within(next).getByRole('listitem')).toHaveTextContent('Owners review quality (Leading)');
    expect(next).toHaveTextContent('People: at the highest stage');
    const agreement = within(screen.getByTestId(ids.section('agreement'))).getAllByRole('row');
    expect(agreement.map((r) => r.textContent)).toEqual([
      'ScopeAlphaReading',
      'All dimensions0.900Good',
      'Data0.700Tentative',
      'People—Not enough answers',
    ]);
    const people = within(screen.getByTestId(ids.section('people'))).getAllByRole('row');
    expect(people.map((r) => r.textContent)).toEqual([
      'NameRoleCriteria answeredSettled',
      'annAssessor3 of 30',
      'boAssessor2 of 30',
      'leaLead—1',
    ]);
    expect(screen.getByTestId(ids.section('evidence'))).toHaveTextContent('No criterion of this model is answered');
    expect(screen.getByTestId(ids.section('settled'))).toHaveTextContent('PeopleSomeone leadsMetNamed in Maylea');
  });

  it('prints and brings the print stylesheet', async () => {
    serveCycle(cycle, results);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { container } = render(<ReportPage id="ops-2026" />);
    await userEvent.click(await screen.findByTestId(ids.print));
    expect(print).toHaveBeenCalledTimes(1);
    const css = container.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@page { size: A4;');
    expect(css).toContain('[data-report], [data-report] * { visibility: visible; }');
    expect(screen.getByTestId(ids.root)).toHaveAttribute('data-report');
    print.mockRestore();
  });

  it("downloads the server's PDF under the unit's and year's name, and says why when it cannot", async () => {
    const pdf = new Blob(['%PDF-1.3'], { type: 'application/pdf' });
    fakeBackend({
      [`${CYCLES}/ops-2026`]: ok(cycle),
      [`${CYCLES}/ops-2026/results`]: ok(results),
      [`${CYCLES}/ops-2026/report.pdf`]: ok(pdf),
    });
    const saved: Array<{ href: string; download: string }> = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      saved.push({ href: this.href, download: this.download });
    });
    const objectUrl = jest.fn((_: Blob) => 'blob:report');
    Object.assign(URL, { createObjectURL: objectUrl, revokeObjectURL: jest.fn() });
    render(<ReportPage id="ops-2026" />);
    await userEvent.click(await screen.findByTestId(ids.download));
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:report', download: 'maturity-ops-2026.pdf' }]));
    expect(objectUrl).toHaveBeenCalledWith(pdf);

    serveCycle(cycle, results);
    await userEvent.click(screen.getByTestId(ids.download));
    expect(await screen.findByTestId(ids.downloadError)).toHaveTextContent('the KPI server answered 404 for the PDF');
    expect(saved).toHaveLength(1);
    click.mockRestore();
  });

  it('marks a cycle in calibration provisional', async () => {
    serveCycle(
      { ...cycle, state: 'calibration', releasedAt: null, releasedBy: null },
      { ...results, state: 'calibration' }
    );
    render(<ReportPage id="ops-2026" />);
    expect(await screen.findByTestId(ids.provisional)).toHaveTextContent(
      'Provisional: this cycle is in calibration and not released, so its stages may still change.'
    );
    expect(screen.getByTestId(ids.root)).toHaveTextContent('ReleasedNot released');
  });

  it('says when the cycle does not exist', async () => {
    fakeBackend({});
    render(<ReportPage id="ops-2026" />);
    expect(await screen.findByTestId(ids.loadError)).toHaveTextContent(
      'No maturity cycle "ops-2026" on the KPI server.'
    );
  });
});
