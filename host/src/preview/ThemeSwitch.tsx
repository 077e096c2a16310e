// The theme link: a full page load (the theme is chosen at start-up) that keeps the path, range and variables.
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { ThemeMode } from '../api';
import { toSearch, withTheme } from '../dashboard/urlState';
import { hostTestIds } from '../testIds';

export function ThemeSwitch({ mode, pathname, search }: { mode: ThemeMode; pathname: string; search: string }) {
  const styles = useStyles2(getStyles);
  const other: ThemeMode = mode === 'dark' ? 'light' : 'dark';
  return (
    <a
      className={styles.link}
      href={`${pathname}${toSearch(withTheme(new URLSearchParams(search), other))}`}
      data-testid={hostTestIds.preview.themeSwitch}
    >{`Switch to ${other} theme`}</a>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  link: css({ color: theme.colors.text.link }),
});
