// Not-found pages of the preview: an unknown dashboard uid, and an app id the preview does not serve.
import { EmptyState, LinkButton, Stack, Text, TextLink } from '@grafana/ui';
import type { ThemeMode } from '../api';
import { hostTestIds } from '../testIds';

export function DashboardNotFound({ uid, mode }: { uid: string; mode: ThemeMode }) {
  return (
    <div data-testid={hostTestIds.preview.notFound}>
      <EmptyState variant="not-found" message={`Dashboard not found: ${uid}`}>
        <Stack direction="column" alignItems="center" gap={1}>
          <Text color="secondary">No provisioned dashboard has this uid.</Text>
          {/* A plain link: the dashboard page has no router for TextLink. */}
          <LinkButton variant="secondary" href={`/?theme=${mode}`} data-testid={hostTestIds.preview.dashboardList}>
            Go to the list of dashboards
          </LinkButton>
        </Stack>
      </EmptyState>
    </div>
  );
}

export function AppNotFound({ id, apps }: { id: string; apps: Array<{ id: string; name: string }> }) {
  return (
    <div data-testid={hostTestIds.preview.notFound}>
      <EmptyState variant="not-found" message={`App not found: ${id}`}>
        <Stack direction="column" alignItems="center" gap={1}>
          <Text color="secondary">{apps.length === 0 ? 'No app plugin is installed.' : 'Installed apps:'}</Text>
          {apps.map((app) => (
            <TextLink key={app.id} href={`/a/${app.id}${window.location.search}`}>
              {`${app.name} (${app.id})`}
            </TextLink>
          ))}
        </Stack>
      </EmptyState>
    </div>
  );
}
