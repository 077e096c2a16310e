import { css } from '@emotion/css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { type GrafanaTheme2 } from '@grafana/data';
import { Alert, Stack, Text, useStyles2 } from '@grafana/ui';
import { type Cycle, type CycleResults, type GivenAnswer, type ResponsesBody } from '../../../../../core/maturity/api';
import { putResponses } from '../../api';
import { applyEdit, type Draft, draftsOf, type Edit, entryOf, problemsOf } from '../data/drafts';
import { groupCriteria, readingOrder } from '../data/groups';
import { progressOf } from '../data/progress';
import { SHORTCUT_HINT } from '../data/shortcuts';
import { assessTestIds as ids } from '../testIds';
import { useAutosave } from '../useAutosave';
import { CriterionCard } from './CriterionCard';
import { ProgressPanel } from './ProgressPanel';
import { SaveStatus } from './SaveStatus';

interface Props {
  cycle: Cycle;
  results: CycleResults;
  assessor: string;
  given: Readonly<Record<string, GivenAnswer>>;
  readOnly: string | undefined;
  onSaved: (cycle: Cycle) => void;
}

const UNANSWERED: Draft = { answer: undefined, note: '', link: '', source: undefined };

/** The form once the assessor's answers are loaded: drafts, autosave, progress and keyboard moves. */
export function AssessmentBody({ cycle, results, assessor, given, readOnly, onSaved }: Props) {
  const styles = useStyles2(getStyles);
  const groups = useMemo(() => groupCriteria(results), [results]);
  const order = useMemo(() => readingOrder(groups), [groups]);
  const byId = useMemo(() => new Map(results.criteria.map((c) => [c.id, c])), [results]);
  const [drafts, setDrafts] = useState(() => draftsOf(results.criteria, given));
  const current = useRef(drafts);
  const cards = useRef(new Map<string, HTMLDivElement>());
  const save = useCallback((body: ResponsesBody) => putResponses(cycle.id, assessor, body), [cycle.id, assessor]);
  const autosave = useAutosave(save, onSaved);

  const edit = (id: string, change: Edit) => {
    const criterion = byId.get(id);
    if (criterion === undefined || readOnly !== undefined) {
      return;
    }
    const next = applyEdit(current.current[id] ?? UNANSWERED, change);
    current.current = { ...current.current, [id]: next };
    setDrafts(current.current);
    autosave.change(id, entryOf(criterion, next), 'answer' in change);
  };

  const focus = (id: string | undefined) => (id === undefined ? undefined : cards.current.get(id)?.focus());
  const move = (id: string, step: 1 | -1) => focus(order[order.indexOf(id) + step]);

  const progress = progressOf(groups, drafts);
  const held = results.criteria.filter((c) => {
    const p = problemsOf(c, drafts[c.id] ?? UNANSWERED);
    return p.note !== undefined || p.link !== undefined;
  }).length;
  const calibrating = autosave.saved?.state === 'calibration';

  return (
    <div className={styles.layout} data-testid={ids.root}>
      <aside className={styles.side} aria-label="Progress and saving">
        <Stack direction="column" gap={2}>
          {readOnly === undefined && <SaveStatus status={autosave.status} held={held} onRetry={autosave.retry} />}
          <ProgressPanel progress={progress} onJump={focus} />
          <div className={styles.hint} data-testid={ids.shortcuts}>
            <Text variant="bodySmall" color="secondary">
              {`Keys on a criterion: ${SHORTCUT_HINT}.`}
            </Text>
          </div>
        </Stack>
      </aside>
      <div className={styles.main}>
        <Stack direction="column" gap={3}>
          {readOnly !== undefined && (
            <Alert severity="info" title="Read-only" data-testid={ids.readOnly}>
              {readOnly}
            </Alert>
          )}
          {calibrating && (
            <Alert
              severity="success"
              title="Everyone has answered: the cycle is in calibration"
              data-testid={ids.calibration}
            >
              The lead ({cycle.lead}) now settles the disputed criteria; your answers can still change until the cycle
              is released.
            </Alert>
          )}
          {groups.map((d) => (
            <section key={d.id} data-testid={ids.dimension(d.id)} aria-labelledby={`assess-dimension-${d.id}`}>
              <Text element="h3" variant="h4" id={`assess-dimension-${d.id}`}>
                {d.name}
              </Text>
              {d.stages.map((s) => (
                <div key={s.id} className={styles.stage} data-testid={ids.stage(d.id, s.id)}>
                  <Text element="h4" variant="h6" color="secondary">
                    {`${d.name} · ${s.name}`}
                  </Text>
                  <Stack direction="column" gap={1.5}>
                    {s.criteria.map((c) => (
                      <CriterionCard
                        key={c.id}
                        criterion={c}
                        draft={drafts[c.id] ?? UNANSWERED}
                        problems={problemsOf(c, drafts[c.id] ?? UNANSWERED)}
                        readOnly={readOnly !== undefined}
                        cardRef={(el) => {
                          if (el === null) {
                            cards.current.delete(c.id);
                          } else {
                            cards.current.set(c.id, el);
                          }
                        }}
                        onEdit={(change) => edit(c.id, change)}
                        onMove={(step) => move(c.id, step)}
                      />
                    ))}
                  </Stack>
                </div>
              ))}
            </section>
          ))}
        </Stack>
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  layout: css({
    display: 'grid',
    gridTemplateColumns: `minmax(${theme.spacing(30)}, 1fr) minmax(0, 3fr)`,
    gap: theme.spacing(3),
    alignItems: 'start',
    [theme.breakpoints.down('lg')]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  }),
  side: css({
    position: 'sticky',
    top: theme.spacing(2),
    padding: theme.spacing(2),
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    [theme.breakpoints.down('lg')]: { position: 'static' },
  }),
  main: css({ minWidth: 0 }),
  stage: css({ marginTop: theme.spacing(2) }),
  hint: css({ borderTop: `1px solid ${theme.colors.border.weak}`, paddingTop: theme.spacing(1) }),
});
