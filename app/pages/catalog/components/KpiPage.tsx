import { config } from '@grafana/runtime';
import { Alert, EmptyState, LinkButton, LoadingPlaceholder, Stack, Text, TextLink } from '@grafana/ui';
import { KpiServerError } from '../../../api/kpiServer';
import { loadCatalog, loadVersions } from '../data/api';
import { exploreUrl } from '../data/exploreUrl';
import { catalogTestIds } from '../testIds';
import { catalogHref } from './kpiLink';
import { KpiDefinition } from './KpiDefinition';
import { KpiPanels } from './KpiPanels';
import { StateBadge } from './StateBadge';
import { useLoad } from '../../../components/useLoad';
import { VersionDiff } from './VersionDiff';
import { VersionTimeline } from './VersionTimeline';

// An unknown id is told by the catalog, which does not list it.
const notFoundAsNone = (err: unknown) => {
  if (err instanceof KpiServerError && err.status === 404) {
    return [];
  }
  throw err;
};

/** One KPI: its definition in words, versions and diff, values with definition changes, lineage. */
export function KpiPage({ id }: { id: string }) {
  const [catalog] = useLoad(loadCatalog, []);
  const [versions] = useLoad(() => loadVersions(id).catch(notFoundAsNone), [id]);
  if (catalog.state === 'loading' || versions.state === 'loading') {
    return <LoadingPlaceholder text={`Loading KPI ${id}…`} />;
  }
  if (catalog.state === 'error' || versions.state === 'error') {
    const error = catalog.state === 'error' ? catalog.error : versions.state === 'error' ? versions.error : '';
    return (
      <Alert severity="error" title={`Could not load KPI ${id}`}>
        {error}
      </Alert>
    );
  }
  const kpi = catalog.value.kpis.find((k) => k.id === id);
  if (kpi === undefined) {
    return (
      <div data-testid={catalogTestIds.kpi.notFound}>
        <EmptyState variant="not-found" message={`KPI "${id}" is not in the catalog`}>
          <TextLink href={catalogHref} inline={false}>
            Back to the KPI catalog
          </TextLink>
        </EmptyState>
      </div>
    );
  }
  const inForce = versions.value.find((v) => v.version === kpi.version);
  return (
    <div data-testid={catalogTestIds.kpi.root}>
      <Stack direction="column" gap={3}>
        <Stack direction="row" gap={2} alignItems="center" justifyContent="space-between" wrap="wrap">
          <Stack direction="row" gap={1} alignItems="center">
            <Text element="h2">{kpi.name}</Text>
            <StateBadge state={kpi.state} />
            <Text color="secondary">
              {kpi.id} · v{kpi.version}
            </Text>
          </Stack>
          <Stack direction="row" gap={1}>
            <LinkButton variant="secondary" fill="outline" icon="arrow-left" href={catalogHref}>
              Catalog
            </LinkButton>
            <LinkButton
              data-testid={catalogTestIds.kpi.explore}
              icon="compass"
              href={exploreUrl({ kpi: kpi.id, appSubUrl: config.appSubUrl })}
            >
              Open in Explore
            </LinkButton>
          </Stack>
        </Stack>
        {kpi.description && <Text color="secondary">{kpi.description}</Text>}
        <KpiDefinition kpi={kpi} calculation={inForce?.document.spec.calculation} />
        <section data-testid={catalogTestIds.kpi.versions}>
          <Stack direction="column" gap={1}>
            <Text element="h3">Versions</Text>
            <VersionTimeline versions={versions.value} />
            {versions.value.length > 1 && <VersionDiff id={kpi.id} versions={versions.value} />}
          </Stack>
        </section>
        <KpiPanels id={kpi.id} period={kpi.period} />
      </Stack>
    </div>
  );
}
