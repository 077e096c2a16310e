import { css, cx } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { DataLinksContextMenu, Icon, Tooltip, useStyles2 } from '@grafana/ui';
import { type KpiView } from '../../data/model';
import { KpiTooltip } from './KpiTooltip';

/** The KPI's name with its tooltip; a click follows its data link (a menu when it has several). */
export function KpiName({ kpi, timeZone, testId }: { kpi: KpiView; timeZone: string; testId?: string }) {
  const styles = useStyles2(getStyles);
  const label = (
    <span className={styles.name} data-testid={testId}>
      {kpi.name}
      {kpi.flags.length > 0 && (
        <Icon name="exclamation-triangle" size="xs" className={styles.flag} aria-label="Data-quality notes" />
      )}
    </span>
  );
  const named =
    kpi.links.length === 0 ? (
      label
    ) : (
      <DataLinksContextMenu links={() => kpi.links}>
        {({ openMenu, targetClassName }) => (
          <button type="button" className={cx(styles.link, targetClassName)} onClick={openMenu}>
            {label}
          </button>
        )}
      </DataLinksContextMenu>
    );
  return (
    <Tooltip content={<KpiTooltip kpi={kpi} timeZone={timeZone} />} placement="right-start" interactive>
      <span className={styles.wrap} tabIndex={0}>
        {named}
      </span>
    </Tooltip>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrap: css({ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  name: css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.5) }),
  flag: css({ color: theme.colors.warning.text }),
  link: css({
    all: 'unset',
    cursor: 'pointer',
    color: theme.colors.text.link,
    '&:hover': { textDecoration: 'underline' },
  }),
});
