// A page-like container for a datasource editor, about as wide as Grafana's query editor row.
import type { ReactNode } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Text, useStyles2 } from '@grafana/ui';

export function EditorPage({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.page} data-testid={testId}>
      <Text element="h2" variant="h5">
        {title}
      </Text>
      <div className={styles.box}>{children}</div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    padding: theme.spacing(2),
    maxWidth: theme.breakpoints.values.lg,
  }),
  box: css({
    padding: theme.spacing(1),
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
});
