import { Stack, Text, TextLink } from '@grafana/ui';
import { APP_BASE } from '../../../constants';
import { type PendingApprovals } from '../data/approvals';
import { overviewTestIds } from '../testIds';

export function ApprovalsSection({ pending }: { pending: PendingApprovals }) {
  const more = pending.count - pending.newest.length;
  return (
    <Stack direction="column" gap={1}>
      <Text>
        {pending.count === 0
          ? 'No versions await a decision.'
          : `${pending.count} version${pending.count === 1 ? '' : 's'} awaiting a decision`}
      </Text>
      {pending.newest.map((p) => (
        <Stack key={p.key} gap={1} wrap="wrap" data-testid={overviewTestIds.approval(p.key)}>
          <Text weight="medium">{`${p.kind} ${p.id} v${p.version}`}</Text>
          <Text color="secondary">{`${p.name} · by ${p.author} · ${p.age}`}</Text>
        </Stack>
      ))}
      <TextLink href={`${APP_BASE}/governance`} inline={false}>
        {more > 0 ? `Open the approvals inbox (${more} more)` : 'Open the approvals inbox'}
      </TextLink>
    </Stack>
  );
}
