import { Alert, Stack, Text } from '@grafana/ui';
import { type AppPageInfo } from '../constants';

/** A page whose content is not built yet: says so plainly instead of showing made-up data. */
export function PlannedPage({ page }: { page: AppPageInfo }) {
  return (
    <Stack direction="column" gap={2}>
      <Text element="h2">{page.title}</Text>
      <Text>{page.summary}</Text>
      <Alert severity="info" title="Not available in this version">
        This page arrives with the KPI registry and maturity features; see the CHANGELOG.
      </Alert>
    </Stack>
  );
}
