import { css, cx } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { DataLinksContextMenu, useStyles2 } from '@grafana/ui';
import { type KpiView } from '../../data/model';
import { LazyTooltip } from '../../../shared/components/LazyTooltip';
import { StatusShape } from '../Status/StatusShape';
import { KpiTooltip } from './KpiTooltip';

/** The KPI's name with its tooltip; a click follows its data link (a menu when it has several). */
export function KpiName({ kpi, timeZone, testId }: { kpi: KpiView; timeZone: string; testId?: string }) {
  const styles = useStyles2(getStyles);
  const label = (
    <span className={styles.name} data-testid={testId}>
      {kpi.name}
      {kpi.flags.length > 0 && (
        <span className={styles.flag} title="Data-quality notes">
          <StatusShape status="warning" label="Data-quality notes" />
        </span>
      )}
    </span>
  );
  const named =
    kpi.links.length === 0 ? (
      label
    ) : (
      <DataLinksContextMenu links={() => kpi.links}>
        {({ openMenu, targetClassName }) =>
          openMenu ? (
            <button type="button" className={cx(styles.link, targetClassName)} onClick={openMenu}>
              {label}
            </button>
          ) : (
            <span className={cx(styles.link, targetClassName)}>{label}</span>
          )
        }
      </DataLinksContextMenu>
    );
  return (
    <LazyTooltip content={<KpiTooltip kpi={kpi} timeZone={timeZone} />} placement="right-start" interactive>
      {/* A link is focusable itself; a plain name needs to be, for its tooltip. */}
      <span className={styles.wrap} tabIndex={kpi.links.length === 0 ? 0 : undefined}>
        {named}
      </span>
    </LazyTooltip>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrap: css({ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  name: css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.5) }),
  flag: css({ display: 'inline-flex', fontSize: '0.8em', lineHeight: 0 }),
  link: css({
    all: 'unset',
    cursor: 'pointer',
    color: theme.colors.text.link,
    '&:hover': { textDecoration: 'underline' },
  }),
});
