import { useMemo } from 'react';
import { config, locationService } from '@grafana/runtime';
import { Alert, LoadingPlaceholder, Stack, Text } from '@grafana/ui';
import { explainError } from '../../api/explainError';
import { hasRole } from '../../api/kpiServer';
import { useLoad } from '../../components/useLoad';
import { useLocationSearch } from '../catalog/components/useLocationSearch';
import { loadEscalation, loadEscalations } from './api';
import { EscalationDetail } from './components/EscalationDetail';
import { EscalationFilters } from './components/EscalationFilters';
import { EscalationsEmpty } from './components/EscalationsEmpty';
import { EscalationTable } from './components/EscalationTable';
import { EvaluateNow } from './components/EvaluateNow';
import { type EscalationsView, isFiltered, LIST_LIMIT, viewFromSearch, viewToQuery } from './data/filter';
import { escalationsTestIds as ids } from './testIds';

const onChange = (change: Partial<EscalationsView>) => locationService.partial(viewToQuery(change), true);

/** The on-call lead's view of escalations: filters and the open detail live in the URL query. */
export function EscalationsPage() {
  const search = useLocationSearch();
  const view = useMemo(() => viewFromSearch(search), [search]);
  const [list, reloadList] = useLoad(
    async () => ({ now: Date.now(), escalations: await loadEscalations(view) }),
    [view.state, view.kpi, view.owner],
    explainError
  );
  const [detail, reloadDetail] = useLoad(
    async () => (view.id === '' ? null : { now: Date.now(), escalation: await loadEscalation(view.id) }),
    [view.id],
    explainError
  );
  const refresh = () => {
    reloadList();
    reloadDetail();
  };
  const canAct = hasRole('Editor');
  const timeZone = config.bootData.user.timezone || 'browser';
  return (
    <div data-testid={ids.root}>
      <Stack direction="column" gap={2}>
        <Text color="secondary" element="p">
          KPIs that breached an escalation policy, who was notified, and who acknowledged or resolved them. Times are in
          your time zone.
        </Text>
        {canAct ? (
          <EvaluateNow onEvaluated={refresh} />
        ) : (
          <Text color="secondary" variant="bodySmall" data-testid={ids.viewerHint}>
            Acknowledging, resolving and evaluating need the Editor role in Grafana.
          </Text>
        )}
        <EscalationFilters view={view} onChange={onChange} />
        {list.state === 'loading' && <LoadingPlaceholder text="Loading the escalations…" />}
        {list.state === 'error' && (
          <Alert data-testid={ids.loadError} severity="error" title="Could not load the escalations">
            {list.error}
          </Alert>
        )}
        {list.state === 'done' && list.value.escalations.length === 0 && (
          <EscalationsEmpty
            filtered={isFiltered(view)}
            onShowAll={() => onChange({ state: 'all', kpi: '', owner: '' })}
          />
        )}
        {list.state === 'done' && list.value.escalations.length > 0 && (
          <>
            <EscalationTable
              escalations={list.value.escalations}
              now={list.value.now}
              timeZone={timeZone}
              onSelect={(id) => onChange({ id })}
            />
            {list.value.escalations.length >= LIST_LIMIT && (
              <Text color="secondary" variant="bodySmall">
                {`The newest ${LIST_LIMIT} are shown; narrow the filters to see older ones.`}
              </Text>
            )}
          </>
        )}
        {detail.state === 'error' && (
          <Alert data-testid={ids.detailError} severity="error" title={`Could not load escalation ${view.id}`}>
            {detail.error}
          </Alert>
        )}
        {detail.state === 'done' && detail.value !== null && (
          <EscalationDetail
            escalation={detail.value.escalation}
            now={detail.value.now}
            timeZone={timeZone}
            canAct={canAct}
            onChanged={refresh}
            onClose={() => onChange({ id: '' })}
          />
        )}
      </Stack>
    </div>
  );
}
