// Stand-in for Grafana's Text panel: its content with variables interpolated, shown as plain text (no markdown).
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { useStyles2 } from '@grafana/ui';
import { type StandIn, standInPlugin } from './standIn';

function PlainText({ text }: { text: string }) {
  const styles = useStyles2(getStyles);
  return <div className={styles.text}>{text}</div>;
}

export const textStandIn: StandIn = {
  id: 'text',
  name: 'Text',
  plugin: standInPlugin('text', 'Text'),
  view: ({ options }) => {
    const content = getTemplateSrv().replace(typeof options.content === 'string' ? options.content : '');
    return () => <PlainText text={content} />;
  },
};

const getStyles = (theme: GrafanaTheme2) => ({
  text: css({ whiteSpace: 'pre-wrap', overflow: 'auto', height: '100%', color: theme.colors.text.primary }),
});
