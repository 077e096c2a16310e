// The centred message Grafana shows in a panel without data it can draw.
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

export function NoData({ text }: { text: string }) {
  const styles = useStyles2(getStyles);
  return <div className={styles.box}>{text}</div>;
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    height: '100%',
    color: theme.colors.text.secondary,
  }),
});

/** A stand-in view that shows only the message. */
export const noDataView = (text: string) =>
  function NoDataView() {
    return <NoData text={text} />;
  };
