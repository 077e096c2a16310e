import { Stack, Text, TextLink } from '@grafana/ui';
import { type CountLink, type KpiCounts } from '../data/kpiStates';
import { overviewTestIds } from '../testIds';

function Counts({ title, items, testId }: { title: string; items: CountLink[]; testId: (key: string) => string }) {
  return (
    <Stack direction="column" gap={0.5}>
      <Text variant="h6">{title}</Text>
      <Stack gap={2} wrap="wrap">
        {items.map((i) => (
          <span key={i.key} data-testid={testId(i.key)}>
            <TextLink href={i.href} inline={false}>
              {`${i.label}: ${i.count}`}
            </TextLink>
          </span>
        ))}
      </Stack>
    </Stack>
  );
}

export function KpiStatesSection({ counts }: { counts: KpiCounts }) {
  return (
    <Stack direction="column" gap={1}>
      <Text color="secondary">{`${counts.total} KPIs in the catalog`}</Text>
      <Counts title="By state" items={counts.byState} testId={overviewTestIds.kpiState} />
      {counts.byPerspective.length > 0 && (
        <Counts title="By perspective" items={counts.byPerspective} testId={overviewTestIds.perspective} />
      )}
    </Stack>
  );
}
