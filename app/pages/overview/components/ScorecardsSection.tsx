import { Stack, Text, TextLink } from '@grafana/ui';
import { type ScorecardRow, type ScorecardStatus } from '../data/scorecards';
import { overviewTestIds } from '../testIds';

/** Grafana's threshold colours for a status, as theme text colours. */
const COLOR: Record<ScorecardStatus, 'success' | 'warning' | 'error' | 'secondary'> = {
  ok: 'success',
  warning: 'warning',
  critical: 'error',
  'no-data': 'secondary',
  unscored: 'secondary',
};

export function ScorecardsSection({ rows }: { rows: ScorecardRow[] }) {
  if (rows.length === 0) {
    return <Text color="secondary">No scorecards yet: apply one with the CLI or through the API.</Text>;
  }
  return (
    <Stack direction="column" gap={1}>
      {rows.map((r) => (
        <Stack key={r.id} gap={2} alignItems="baseline" wrap="wrap" data-testid={overviewTestIds.scorecard(r.id)}>
          <TextLink href={r.href} inline={false} weight="medium">
            {r.name}
          </TextLink>
          <Text variant="h4">{r.score === null ? '–' : `${r.score.toFixed(1)} / 10`}</Text>
          <Text color={COLOR[r.status]} weight="medium">
            {r.statusText}
          </Text>
          <Text color="secondary">{r.period ?? 'no reporting period'}</Text>
          {r.error !== null && <Text color="error">{r.error}</Text>}
        </Stack>
      ))}
    </Stack>
  );
}
