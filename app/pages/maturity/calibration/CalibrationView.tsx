import { useState } from 'react';
import { Alert, Button, Stack, Text } from '@grafana/ui';
import { type Cycle, type CycleResults } from '../../../../core/maturity/api';
import { currentLogin, currentRole } from '../../../api/kpiServer';
import { settle } from '../api';
import { AgreementPanel } from './components/AgreementPanel';
import { CriterionCard } from './components/CriterionCard';
import { GroupedCriteria } from './components/GroupedCriteria';
import { ReleasePanel } from './components/ReleasePanel';
import { SettleControl } from './components/SettleControl';
import { SettledEdit } from './components/SettledEdit';
import { SettledNote } from './components/SettledNote';
import { actBlock, releaseBlock, settleBlock, stateOf, waitingFor } from './data/access';
import { explainError } from '../../../api/explainError';
import { disputedCriteria, settledCriteria } from './data/grouping';
import { type Choice, consensusBody, readyIds } from './data/noteRule';
import { calibrationTestIds as ids } from './testIds';

interface Props {
  cycle: Cycle;
  results: CycleResults;
  onChanged: (results: CycleResults) => void;
}

type Message = { severity: 'success' | 'error'; text: string };

const without = <T,>(record: Record<string, T>, drop: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !drop.includes(k)));

/** The lead's calibration: agreement, each disputed criterion with every answer and a settle control, release. */
export function CalibrationView({ cycle, results, onChanged }: Props) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const state = stateOf(cycle, results);
  const act = actBlock(cycle.lead, { login: currentLogin(), role: currentRole() });
  const settleWhy = settleBlock(state, act);
  const disputed = disputedCriteria(results);
  const settled = settledCriteria(results);
  const changing = settled.filter((c) => choices[c.id] !== undefined);
  const ready = readyIds([...disputed, ...changing], choices);
  const choose = (id: string) => (choice: Choice) => setChoices((all) => ({ ...all, [id]: choice }));

  const send = async (sent: readonly string[]) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const next = await settle(cycle.id, consensusBody(sent, choices));
      setChoices((all) => without(all, sent));
      setMessage({ severity: 'success', text: `Settled ${sent.join(', ')}.` });
      onChanged(next);
    } catch (err) {
      setMessage({ severity: 'error', text: explainError(err) });
    } finally {
      setBusy(false);
    }
  };

  const control = (c: CycleResults['criteria'][number]) =>
    settleWhy === undefined && (
      <SettleControl
        criterion={c}
        choice={choices[c.id]}
        busy={busy}
        onChange={choose(c.id)}
        onSettle={() => send([c.id])}
      />
    );

  return (
    <div data-testid={ids.root}>
      <Stack direction="column" gap={2}>
        {state === 'open' && (
          <Alert severity="info" title="Assessment still open" data-testid={ids.waiting}>
            Calibration starts when every assessor has answered every criterion.
            {waitingFor(cycle) !== '' && ` Still answering: ${waitingFor(cycle)}.`}
          </Alert>
        )}
        {act !== undefined && state !== 'released' && (
          <Alert severity="info" title="Read-only" data-testid={ids.access}>
            {act}
          </Alert>
        )}
        <AgreementPanel results={results} />
        {message !== undefined && (
          <Alert
            severity={message.severity}
            title={message.severity === 'error' ? 'Not done' : 'Done'}
            data-testid={ids.message}
            onRemove={() => setMessage(undefined)}
          >
            {message.text}
          </Alert>
        )}
        <Stack direction="column" gap={1}>
          <Text element="h3" variant="h4">
            Disputed criteria ({disputed.length})
          </Text>
          {disputed.length === 0 ? (
            <Text color="secondary" data-testid={ids.noDisputes}>
              {
                'No dispute remains: the majority of the assessors or the settlement of the lead decides every criterion.'
              }
            </Text>
          ) : (
            <GroupedCriteria
              results={results}
              criteria={disputed}
              render={(c) => (
                <CriterionCard criterion={c} assessors={results.assessors} testId={ids.disputed(c.id)}>
                  {control(c)}
                </CriterionCard>
              )}
            />
          )}
          {settleWhy === undefined && (disputed.length > 0 || changing.length > 0) && (
            <Stack gap={1} alignItems="center">
              <Button
                data-testid={ids.settle}
                icon="check-circle"
                disabled={busy || ready.length === 0}
                onClick={() => send(ready)}
              >
                Settle all chosen ({ready.length})
              </Button>
              <Text color="secondary" variant="bodySmall">
                Sends every criterion with an answer picked and, where required, a note.
              </Text>
            </Stack>
          )}
        </Stack>
        {settled.length > 0 && (
          <Stack direction="column" gap={1}>
            <Text element="h3" variant="h4">
              Settled by the lead ({settled.length})
            </Text>
            <GroupedCriteria
              results={results}
              criteria={settled}
              render={(c) => (
                <CriterionCard criterion={c} assessors={results.assessors} testId={ids.settled(c.id)}>
                  {c.settled !== null && <SettledNote settled={c.settled} />}
                  {settleWhy === undefined && (
                    <SettledEdit
                      id={c.id}
                      editing={choices[c.id] !== undefined}
                      onStart={() => choose(c.id)({ answer: c.settled?.answer, note: c.settled?.note ?? '' })}
                      onKeep={() => setChoices((all) => without(all, [c.id]))}
                    >
                      {control(c)}
                    </SettledEdit>
                  )}
                </CriterionCard>
              )}
            />
          </Stack>
        )}
        <ReleasePanel
          cycleId={cycle.id}
          block={releaseBlock(state, cycle, results.disputed, act)}
          onReleased={(next) => {
            setMessage({
              severity: 'success',
              text: `Released: the results of ${cycle.unit} ${cycle.year} are locked.`,
            });
            onChanged(next);
          }}
          onRefused={(text) => setMessage({ severity: 'error', text })}
        />
      </Stack>
    </div>
  );
}
