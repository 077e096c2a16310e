import { css, cx } from '@emotion/css';
import { type KeyboardEvent, type Ref } from 'react';
import { type GrafanaTheme2 } from '@grafana/data';
import { Badge, Field, Input, Stack, Text, TextArea, useStyles2 } from '@grafana/ui';
import { type CriterionResult } from '../../../../../core/maturity/api';
import { type Draft, type Edit, overridesEvidence, type Problems } from '../data/drafts';
import { evidenceLine } from '../data/evidence';
import { placeOf, shortcutOf } from '../data/shortcuts';
import { assessTestIds as ids } from '../testIds';
import { AnswerChoice } from './AnswerChoice';

interface Props {
  criterion: CriterionResult;
  draft: Draft;
  problems: Problems;
  readOnly: boolean;
  cardRef: Ref<HTMLDivElement>;
  onEdit: (edit: Edit) => void;
  onMove: (step: 1 | -1) => void;
}

/** One criterion: its text, the evidence or exemption, the answer, a note and an evidence link. */
export function CriterionCard({ criterion: c, draft, problems, readOnly, cardRef, onEdit, onMove }: Props) {
  const styles = useStyles2(getStyles);
  const exempt = c.exemption !== null;
  const locked = readOnly || exempt;
  const headingId = `assess-heading-${c.id}`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const shortcut = shortcutOf(e.key, placeOf(e.target, e.currentTarget), e.ctrlKey || e.metaKey || e.altKey);
    if (shortcut === undefined || ('answer' in shortcut && locked)) {
      return;
    }
    e.preventDefault();
    if ('answer' in shortcut) {
      onEdit(shortcut);
    } else {
      onMove(shortcut.move);
    }
  };

  return (
    <div
      ref={cardRef}
      id={`assess-${c.id}`}
      role="group"
      aria-labelledby={headingId}
      tabIndex={0}
      className={cx(styles.card, draft.answer === undefined && !locked && styles.open)}
      data-testid={ids.criterion(c.id)}
      onKeyDown={onKeyDown}
    >
      <Stack direction="column" gap={1}>
        <Stack justifyContent="space-between" alignItems="flex-start" gap={1}>
          <Text element="h5" variant="body" weight="medium" id={headingId}>
            {c.text}
          </Text>
          <Stack gap={0.5}>
            {draft.source === 'evidence' && <Badge color="blue" icon="database" text="from evidence" />}
            {overridesEvidence(c, draft) && <Badge color="orange" icon="pen" text="overrides the evidence" />}
            {exempt && <Badge color="purple" icon="shield" text="exempt" />}
          </Stack>
        </Stack>
        {c.evidence !== null && (
          <Text variant="bodySmall" color="secondary" data-testid={ids.evidence(c.id)}>
            {evidenceLine(c.evidence)}
          </Text>
        )}
        {c.exemption !== null && (
          <Text variant="bodySmall" color="secondary" data-testid={ids.exemption(c.id)}>
            {`Exempt until ${c.exemption.expires}: ${c.exemption.reason}. Counted as n/a; it cannot be answered.`}
          </Text>
        )}
        <AnswerChoice
          criterion={c.id}
          value={draft.answer}
          disabled={locked}
          label={`Answer to: ${c.text}`}
          onChange={(answer) => onEdit({ answer })}
        />
        {!exempt && (
          <div className={styles.fields}>
            <Field
              label="Note"
              className={styles.field}
              invalid={problems.note !== undefined}
              error={problems.note !== undefined && <span data-testid={ids.noteNeeded(c.id)}>{problems.note}</span>}
            >
              <TextArea
                id={`assess-note-${c.id}`}
                data-testid={ids.note(c.id)}
                rows={2}
                value={draft.note}
                disabled={readOnly}
                placeholder={readOnly ? '' : 'Why this answer; what you looked at'}
                onChange={(e) => onEdit({ note: e.currentTarget.value })}
              />
            </Field>
            <Field
              label="Evidence link"
              className={styles.field}
              invalid={problems.link !== undefined}
              error={problems.link}
            >
              <Input
                id={`assess-link-${c.id}`}
                data-testid={ids.link(c.id)}
                type="url"
                value={draft.link}
                disabled={readOnly}
                placeholder={readOnly ? '' : 'https://…'}
                onChange={(e) => onEdit({ link: e.currentTarget.value })}
              />
            </Field>
          </div>
        )}
      </Stack>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  card: css({
    padding: theme.spacing(2),
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderLeft: `${theme.spacing(0.5)} solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    scrollMarginTop: theme.spacing(8),
    '&:focus-visible, &:focus-within': { borderColor: theme.colors.primary.border, outline: 'none' },
    '&:focus-visible': { boxShadow: `0 0 0 2px ${theme.colors.primary.main}` },
  }),
  open: css({ borderLeftColor: theme.colors.warning.main }),
  fields: css({
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: theme.spacing(2),
    [theme.breakpoints.down('md')]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  }),
  field: css({ marginBottom: 0 }),
});
