import { Alert, Button, Stack, Text } from '@grafana/ui';
import { type EscalationView } from '../../../../core/escalation/api';
import { breachSummary, byAt, resolvedText } from '../data/describe';
import { atText, whenText } from '../data/time';
import { escalationsTestIds as ids } from '../testIds';
import { Deliveries } from './Deliveries';
import { BreachPeriods, Notifications } from './DetailTables';
import { EscalationActions } from './EscalationActions';
import { StateBadge } from './StateBadge';

interface Props {
  escalation: EscalationView;
  now: number;
  timeZone: string;
  canAct: boolean;
  onChanged: () => void;
  onClose: () => void;
}

/** One escalation: what breached, who was told and whether it reached them, and what the lead can do. */
export function EscalationDetail({ escalation: e, now, timeZone, canAct, onChanged, onClose }: Props) {
  return (
    <section data-testid={ids.detail}>
      <Stack direction="column" gap={2}>
        <Stack justifyContent="space-between" alignItems="center">
          <Stack gap={1} alignItems="center">
            <Text element="h3">
              {e.kpiName === '' ? e.kpi : e.kpiName} <Text color="secondary">({e.kpi})</Text>
            </Text>
            <StateBadge state={e.state} />
          </Stack>
          <Button data-testid={ids.detailClose} variant="secondary" fill="text" icon="times" onClick={onClose}>
            Close
          </Button>
        </Stack>
        <Text color="secondary">
          {`Policy ${e.policyName === '' ? e.policy : e.policyName} v${e.policyVersion} · owner ${e.owner === '' ? '—' : e.owner} · opened ${whenText(e.openedAt, now, timeZone)} · ${breachSummary(e.breach)}`}
        </Text>
        {e.deferredUntil !== null && (
          <Alert severity="info" title="Held by quiet hours" data-testid={ids.deferred}>
            {`Held by quiet hours until ${atText(e.deferredUntil, now, timeZone)}; the notice goes out then.`}
          </Alert>
        )}
        <Outcome escalation={e} now={now} timeZone={timeZone} />
        <Text element="h4">Breach periods</Text>
        <BreachPeriods periods={e.breach.detail} unit={e.unit} />
        <Text element="h4">Notifications sent</Text>
        <Notifications notifications={e.notifications} now={now} timeZone={timeZone} />
        <Text element="h4">Deliveries</Text>
        <Deliveries deliveries={e.deliveries ?? []} now={now} timeZone={timeZone} />
        {canAct && <EscalationActions escalation={e} onChanged={onChanged} />}
      </Stack>
    </section>
  );
}

function Outcome({ escalation: e, now, timeZone }: { escalation: EscalationView; now: number; timeZone: string }) {
  return (
    <Stack direction="column" gap={0.5}>
      {e.acknowledgedAt !== null && (
        <Text>
          {`Acknowledged by ${byAt(e.acknowledgedBy, e.acknowledgedAt, now, timeZone)}`}
          {e.acknowledgeNote !== null && e.acknowledgeNote !== '' && <Text italic>{` “${e.acknowledgeNote}”`}</Text>}
        </Text>
      )}
      {e.resolvedAt !== null && (
        <Text>
          {`Resolved: ${resolvedText(e, now, timeZone)}`}
          {e.resolveNote !== null && e.resolveNote !== '' && <Text italic>{` “${e.resolveNote}”`}</Text>}
        </Text>
      )}
    </Stack>
  );
}
