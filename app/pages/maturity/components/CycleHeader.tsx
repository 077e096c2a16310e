import { Badge, LinkButton, Stack, Text, TextLink } from '@grafana/ui';
import { type Cycle } from '../../../../core/maturity/api';
import { progressRows } from '../data/cycleTabs';
import { cyclesPath, reportPath } from '../data/route';
import { maturityTestIds as ids } from '../testIds';
import { StateBadge } from './StateBadge';

/** Unit, year, model version, state, each assessor's progress and the lead. */
export function CycleHeader({ cycle }: { cycle: Cycle }) {
  return (
    <div data-testid={ids.header}>
      <Stack direction="column" gap={1}>
        <TextLink href={cyclesPath()} inline={false} icon="arrow-left">
          All cycles
        </TextLink>
        <Stack gap={2} alignItems="center" wrap="wrap">
          <Text element="h2">
            {cycle.unit} · {cycle.year}
          </Text>
          <span data-testid={ids.state}>
            <StateBadge state={cycle.state} />
          </span>
          <Text color="secondary">
            {cycle.model} v{cycle.modelVersion} · evidence as of {cycle.asOf} · cycle {cycle.id}
          </Text>
          <LinkButton
            href={reportPath(cycle.id)}
            icon="file-alt"
            variant="secondary"
            fill="outline"
            size="sm"
            data-testid={ids.reportLink}
          >
            Report
          </LinkButton>
        </Stack>
        <Stack gap={2} wrap="wrap">
          <Text color="secondary">Lead: {cycle.lead}</Text>
          {progressRows(cycle).map((row) => (
            <span key={row.assessor} data-testid={ids.assessor(row.assessor)}>
              <Badge
                color={row.done ? 'green' : 'darkgrey'}
                icon={row.done ? 'check' : 'clock-nine'}
                text={`${row.assessor}: ${row.answered} of ${cycle.criteria}`}
              />
            </span>
          ))}
          {cycle.releasedAt !== null && (
            <Text color="secondary">
              Released by {cycle.releasedBy} on {cycle.releasedAt.slice(0, 10)}
            </Text>
          )}
        </Stack>
      </Stack>
    </div>
  );
}
