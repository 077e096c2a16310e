import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { FieldValidationMessage, IconButton, Input, useStyles2 } from '@grafana/ui';
import { useId } from 'react';
import { testIds } from '../../../../app/testIds';
import { type DraftProblems, type PerspectiveDraft } from '../../data/perspectiveList';

interface Props {
  index: number;
  count: number;
  draft: PerspectiveDraft;
  problems: DraftProblems;
  onChange: (patch: Partial<PerspectiveDraft>) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

export function PerspectiveRow({ index, count, draft, problems, onChange, onMove, onRemove }: Props) {
  const styles = useStyles2(getStyles);
  const n = index + 1;
  const uid = useId();
  const idError = problems.id ? `${uid}-id` : undefined;
  const weightError = problems.weight ? `${uid}-weight` : undefined;
  return (
    <div className={styles.row} data-testid={testIds.balancedPanel.perspectiveRow(index)}>
      <Input
        aria-label={`Id of perspective ${n}`}
        value={draft.id}
        invalid={Boolean(idError)}
        aria-invalid={Boolean(idError)}
        aria-describedby={idError}
        onChange={(e) => onChange({ id: e.currentTarget.value })}
      />
      <Input
        aria-label={`Name of perspective ${n}`}
        value={draft.name}
        placeholder={draft.id}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
      />
      <Input
        aria-label={`Weight of perspective ${n}`}
        value={draft.weight}
        placeholder="data"
        inputMode="decimal"
        invalid={Boolean(weightError)}
        aria-invalid={Boolean(weightError)}
        aria-describedby={weightError}
        onChange={(e) => onChange({ weight: e.currentTarget.value })}
      />
      <div className={styles.buttons}>
        <IconButton
          name="arrow-up"
          aria-label={`Move perspective ${n} up`}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        />
        <IconButton
          name="arrow-down"
          aria-label={`Move perspective ${n} down`}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        />
        <IconButton name="trash-alt" aria-label={`Remove perspective ${n}`} onClick={onRemove} />
      </div>
      {idError && (
        <div id={idError} className={styles.message}>
          <FieldValidationMessage>{problems.id}</FieldValidationMessage>
        </div>
      )}
      {weightError && (
        <div id={weightError} className={styles.message}>
          <FieldValidationMessage>{problems.weight}</FieldValidationMessage>
        </div>
      )}
    </div>
  );
}

// The row's cells sit in the editor's grid, so every row and the column titles line up.
const getStyles = (theme: GrafanaTheme2) => ({
  row: css({ display: 'contents' }),
  buttons: css({ display: 'flex', gap: theme.spacing(0.5) }),
  message: css({ gridColumn: '1 / -1' }),
});
