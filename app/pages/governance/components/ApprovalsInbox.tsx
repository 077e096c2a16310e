import { Alert, EmptyState, LoadingPlaceholder, Stack } from '@grafana/ui';
import { explainError } from '../data/errors';
import { loadProposals } from '../api';
import { type Decider } from '../data/decisions';
import { governanceTestIds as ids } from '../testIds';
import { ProposalCard, proposalKey } from './ProposalCard';
import { useLoad } from '../../../components/useLoad';

// when the list was read: ages count from there
const loadInbox = async () => ({ now: Date.now(), proposals: await loadProposals() });

/** GET /api/v1/proposals: every version awaiting a decision, newest first as the server lists them. */
export function ApprovalsInbox({ user }: { user: Decider }) {
  const [loaded, reload] = useLoad(loadInbox, [], explainError);
  if (loaded.state === 'loading') {
    return <LoadingPlaceholder text="Loading proposals…" />;
  }
  if (loaded.state === 'error') {
    return (
      <Alert severity="error" title="Could not load the proposals" data-testid={ids.loadError}>
        {loaded.error}
      </Alert>
    );
  }
  const { now, proposals } = loaded.value;
  return (
    <div data-testid={ids.inbox}>
      {proposals.length === 0 ? (
        <div data-testid={ids.inboxEmpty}>
          <EmptyState variant="completed" message="Nothing awaits approval" />
        </div>
      ) : (
        <Stack direction="column" gap={1}>
          {proposals.map((p) => (
            <ProposalCard key={proposalKey(p)} proposal={p} user={user} now={now} onDecided={reload} />
          ))}
        </Stack>
      )}
    </div>
  );
}
