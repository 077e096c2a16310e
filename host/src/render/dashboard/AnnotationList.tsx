// Under the dashboard: each annotation query with its events or error, and the panels of collapsed rows.
import { dateTimeFormat } from '@grafana/data';
import { Stack, Text } from '@grafana/ui';
import type { AnnotationRun } from '../../annotations/run';
import type { DashboardLayout } from '../../dashboard/layout';
import { hostTestIds } from '../../testIds';

interface Props {
  annotations: AnnotationRun[];
  skipped: DashboardLayout['skipped'];
}

export function AnnotationList({ annotations, skipped }: Props) {
  if (annotations.length === 0 && skipped.length === 0) {
    return null;
  }
  return (
    <Stack direction="column" gap={0.5} data-testid={hostTestIds.notes}>
      {annotations.map((a) => (
        <Text key={a.name} variant="bodySmall" color={a.error ? 'error' : 'secondary'}>
          {`Annotations "${a.name}": ${a.error ?? `${a.events.length} event(s)`}`}
        </Text>
      ))}
      {annotations.flatMap((a) =>
        a.events.slice(0, 20).map((e, i) => (
          <Text key={`${a.name}-${i}`} variant="bodySmall" color="secondary">
            {`${e.time === undefined ? '?' : dateTimeFormat(e.time, { timeZone: 'utc' })}${e.isRegion ? ' (region)' : ''} ${e.title ?? ''} ${e.text ?? ''}`}
          </Text>
        ))
      )}
      {skipped.map((p) => (
        <Text key={`${p.row}-${p.id}`} variant="bodySmall" color="secondary">
          {`Not rendered (row "${p.row ?? ''}" is collapsed): ${p.title ?? p.id}`}
        </Text>
      ))}
    </Stack>
  );
}
