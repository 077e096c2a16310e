import { Stack, Text, TextLink } from '@grafana/ui';
import { APP_BASE } from '../../../constants';
import { cyclePath } from '../../maturity/data/route';
import { type MaturitySummary } from '../data/maturity';
import { overviewTestIds } from '../testIds';

export function MaturitySection({ summary }: { summary: MaturitySummary | null }) {
  const link = (
    <TextLink href={`${APP_BASE}/maturity`} inline={false}>
      Maturity assessments
    </TextLink>
  );
  if (summary === null) {
    return (
      <Stack direction="column" gap={1}>
        <Text color="secondary">No assessment cycle has been released yet.</Text>
        {link}
      </Stack>
    );
  }
  return (
    <Stack direction="column" gap={1}>
      <Text color="secondary">{`Released in ${summary.year}: median stage of the dimensions per unit`}</Text>
      {summary.units.map((u) => (
        <Stack key={u.cycle} gap={1} wrap="wrap" data-testid={overviewTestIds.maturityUnit(u.unit)}>
          <TextLink href={cyclePath(u.cycle, 'results')} inline={false}>
            {u.unit}
          </TextLink>
          <Text>{u.median ?? 'below the first stage'}</Text>
          <Text color="secondary">{`${u.model} · ${u.dimensions} dimensions`}</Text>
        </Stack>
      ))}
      <Text color="secondary">
        {summary.perStage
          .map((s) => `${s.stage === 'none' ? 'below the first stage' : s.stage}: ${s.count}`)
          .join(' · ')}
      </Text>
      {link}
    </Stack>
  );
}
