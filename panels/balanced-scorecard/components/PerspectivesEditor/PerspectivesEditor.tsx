import { css } from '@emotion/css';
import { type GrafanaTheme2, type StandardEditorProps } from '@grafana/data';
import { Button, useStyles2 } from '@grafana/ui';
import { testIds } from '../../../../app/testIds';
import { addDraft, moveDraft, removeDraft, updateDraft } from '../../data/perspectiveList';
import { type PerspectiveOption } from '../../options';
import { PerspectiveRow } from './PerspectiveRow';
import { usePerspectiveDrafts } from './usePerspectiveDrafts';

/** Panel option editor for the perspectives' ids, names, order and weights. */
export function PerspectivesEditor({ value, onChange }: StandardEditorProps<PerspectiveOption[]>) {
  const styles = useStyles2(getStyles);
  const { drafts, problems, update } = usePerspectiveDrafts(value, onChange);
  return (
    <div className={styles.editor} data-testid={testIds.balancedPanel.perspectivesEditor}>
      {drafts.length === 0 && <div className={styles.empty}>No perspectives configured.</div>}
      {drafts.length > 0 && (
        <div className={styles.grid}>
          <span className={styles.title}>Id</span>
          <span className={styles.title}>Name</span>
          <span className={styles.title}>Weight</span>
          <span />
          {drafts.map((draft, i) => (
            <PerspectiveRow
              key={i}
              index={i}
              count={drafts.length}
              draft={draft}
              problems={problems[i] ?? {}}
              onChange={(patch) => update(updateDraft(drafts, i, patch))}
              onMove={(offset) => update(moveDraft(drafts, i, offset))}
              onRemove={() => update(removeDraft(drafts, i))}
            />
          ))}
        </div>
      )}
      <div>
        <Button size="sm" variant="secondary" icon="plus-circle" onClick={() => update(addDraft(drafts))}>
          Add perspective
        </Button>
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  editor: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  grid: css({
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) minmax(0, 1.2fr) auto',
    gap: theme.spacing(0.5),
    alignItems: 'center',
  }),
  title: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  empty: css({ color: theme.colors.text.secondary }),
});
