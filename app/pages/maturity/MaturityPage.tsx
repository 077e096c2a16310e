import { EmptyState, TextLink } from '@grafana/ui';
import { CyclePage } from './components/CyclePage';
import { CyclesList } from './cycles/CyclesList';
import { cyclesPath, maturityView } from './data/route';
import { ReportPage } from './report/ReportPage';
import { maturityTestIds as ids } from './testIds';

/** Maturity cycles, one cycle's tabs at maturity/<id>/<tab>, and its report at maturity/<id>/report. */
export function MaturityPage({ rest }: { rest: string[] }) {
  const view = maturityView(rest);
  return (
    <div data-testid={ids.root}>
      {view.view === 'cycles' && <CyclesList />}
      {view.view === 'cycle' && <CyclePage key={view.id} id={view.id} tab={view.tab} />}
      {view.view === 'report' && <ReportPage key={view.id} id={view.id} />}
      {view.view === 'unknown' && (
        <div data-testid={ids.notFound}>
          <EmptyState variant="not-found" message={`Nothing of the Maturity page lives at maturity/${rest.join('/')}`}>
            <TextLink href={cyclesPath()}>All cycles</TextLink>
          </EmptyState>
        </div>
      )}
    </div>
  );
}
