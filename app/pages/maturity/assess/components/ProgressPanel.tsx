import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Stack, Text, useStyles2 } from '@grafana/ui';
import { type Progress } from '../data/progress';
import { assessTestIds as ids } from '../testIds';
import { ProgressBar } from './ProgressBar';

interface Props {
  progress: Progress;
  onJump: (criterion: string) => void;
}

const SHOWN_LEFT = 6;

/** Answered of total, overall and per dimension, with links to the criteria still unanswered. */
export function ProgressPanel({ progress, onJump }: Props) {
  const styles = useStyles2(getStyles);
  const left = progress.byDimension.filter((d) => d.left.length > 0);
  return (
    <Stack direction="column" gap={2}>
      <div data-testid={ids.progress}>
        <Stack direction="column" gap={0.5}>
          <Text weight="medium">
            {progress.answered} of {progress.total} answered
          </Text>
          <ProgressBar answered={progress.answered} total={progress.total} label="Criteria answered" />
        </Stack>
      </div>
      <Stack direction="column" gap={1}>
        {progress.byDimension.map((d) => (
          <div key={d.id} data-testid={ids.dimensionProgress(d.id)}>
            <div className={styles.row}>
              <Text variant="bodySmall">{d.name}</Text>
              <Text variant="bodySmall" color="secondary">
                {d.answered} / {d.total}
              </Text>
            </div>
            <ProgressBar answered={d.answered} total={d.total} label={`${d.name}: criteria answered`} />
          </div>
        ))}
      </Stack>
      <nav data-testid={ids.left} aria-label="What is left">
        <Text element="h4" variant="h6">
          What is left
        </Text>
        {left.length === 0 ? (
          <Text color="success" variant="bodySmall">
            Every criterion has an answer.
          </Text>
        ) : (
          left.map((d) => (
            <div key={d.id} className={styles.group}>
              <Text variant="bodySmall" color="secondary">
                {d.name}
              </Text>
              <ul className={styles.list}>
                {d.left.slice(0, SHOWN_LEFT).map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className={styles.jump}
                      data-testid={ids.jump(c.id)}
                      onClick={() => onJump(c.id)}
                    >
                      {`${c.stage}: ${c.text}`}
                    </button>
                  </li>
                ))}
              </ul>
              {d.left.length > SHOWN_LEFT && (
                <Text variant="bodySmall" color="secondary">
                  and {d.left.length - SHOWN_LEFT} more
                </Text>
              )}
            </div>
          ))
        )}
      </nav>
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({ display: 'flex', justifyContent: 'space-between', gap: theme.spacing(1) }),
  group: css({ marginTop: theme.spacing(1) }),
  jump: css({
    ...theme.typography.bodySmall,
    background: 'none',
    border: 'none',
    padding: 0,
    textAlign: 'left',
    cursor: 'pointer',
    color: theme.colors.text.link,
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: 2 },
  }),
  list: css({ listStyle: 'none', margin: 0, padding: 0, '& li': { marginTop: theme.spacing(0.25) } }),
});
