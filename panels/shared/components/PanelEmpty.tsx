import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Text, useStyles2 } from '@grafana/ui';

export function PanelEmpty({ testId, message }: { testId: string; message: string }) {
  const styles = useStyles2(getStyles);
  return (
    <div data-testid={testId} className={styles.empty}>
      <Text color="secondary">{message}</Text>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  empty: css({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    height: '100%',
    padding: theme.spacing(2),
  }),
});
