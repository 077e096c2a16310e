import { css } from '@emotion/css';
import { useState } from 'react';
import { type GrafanaTheme2 } from '@grafana/data';
import { Alert, Badge, Button, Card, Field, Stack, Text, TextArea, useStyles2 } from '@grafana/ui';
import { type Proposal } from '../../../../core/app-api';
import { KpiServerError } from '../../../api/kpiServer';
import { decide } from '../api';
import { approveBlock, type Decider, rejectBlock } from '../data/decisions';
import { againstLabel } from '../data/diffRows';
import { ageOf, explainError } from '../data/errors';
import { governanceTestIds as ids } from '../testIds';
import { DiffTable } from './DiffTable';

export const proposalKey = (p: Proposal) => `${p.kind}-${p.id}-${p.version}`;

interface Props {
  proposal: Proposal;
  user: Decider;
  now: number;
  /** After a decision (or a refusal that may mean the list changed): reload the inbox. */
  onDecided: () => void;
}

/** One pending version: who proposed what, its diff, and the approve / reject controls. */
export function ProposalCard({ proposal: p, user, now, onDecided }: Props) {
  const styles = useStyles2(getStyles);
  const key = proposalKey(p);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const approveWhy = approveBlock(p, user);
  const rejectWhy = rejectBlock(user, comment);

  const act = async (verb: 'approve' | 'reject') => {
    setBusy(true);
    setError(undefined);
    try {
      await decide(p, verb, comment);
      onDecided();
    } catch (err) {
      setError(explainError(err));
      setBusy(false);
      if (err instanceof KpiServerError && err.status === 409) {
        onDecided();
      }
    }
  };

  return (
    <Card data-testid={ids.proposal(key)}>
      <Card.Heading>
        {p.name} <Text color="secondary">({p.id})</Text>
      </Card.Heading>
      <Card.Meta>
        {[p.kind, `v${p.version} ${againstLabel(p.against)}`, `by ${p.author}`, ageOf(p.createdAt, now)]}
      </Card.Meta>
      <Card.Tags>
        {p.fourEyes ? <Badge color="purple" text="four-eyes" icon="eye" /> : <Badge color="blue" text="one approver" />}
      </Card.Tags>
      <Card.Description>
        <Stack direction="column" gap={1}>
          <Text italic>{p.message === '' ? 'No message.' : `“${p.message}”`}</Text>
          <DiffTable proposal={p} testId={ids.diff(key)} />
          <Field label="Comment" description="Sent with the decision; a rejection needs one (its reason).">
            <TextArea
              data-testid={ids.comment(key)}
              value={comment}
              rows={2}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
          </Field>
          {error !== undefined && (
            <Alert severity="error" title="The KPI server refused" data-testid={ids.decisionError(key)}>
              {error}
            </Alert>
          )}
        </Stack>
      </Card.Description>
      <Card.Actions className={styles.actions}>
        <Stack direction="column" gap={0.5}>
          <Stack gap={1} alignItems="center">
            <Button
              data-testid={ids.approve(key)}
              icon="check"
              disabled={busy || approveWhy !== undefined}
              onClick={() => act('approve')}
            >
              Approve
            </Button>
            <Button
              data-testid={ids.reject(key)}
              variant="destructive"
              icon="times"
              disabled={busy || rejectWhy !== undefined}
              onClick={() => act('reject')}
            >
              Reject
            </Button>
          </Stack>
          {approveWhy !== undefined && (
            <Text color="warning" variant="bodySmall" data-testid={ids.approveBlocked(key)}>
              {approveWhy}
            </Text>
          )}
          {rejectWhy !== undefined && rejectWhy !== approveWhy && (
            <Text color="secondary" variant="bodySmall" data-testid={ids.rejectBlocked(key)}>
              {rejectWhy}
            </Text>
          )}
        </Stack>
      </Card.Actions>
    </Card>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  actions: css({ marginTop: theme.spacing(1) }),
});
