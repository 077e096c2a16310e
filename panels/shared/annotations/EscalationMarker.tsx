import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { LazyTooltip } from '../components/LazyTooltip';
import { type EscalationMark, type EscalationState } from './escalations';
import { escalationLabel } from './label';

/** A bell coloured by the escalation's state, named in words, with the annotation's title and text on hover. */
export function EscalationMarker({ mark, timeZone }: { mark: EscalationMark; timeZone: string }) {
  const styles = useStyles2(getStyles);
  const label = escalationLabel(mark, timeZone);
  return (
    <LazyTooltip
      content={
        <div className={styles.tooltip}>
          <strong>{mark.title || label}</strong>
          {mark.text && <div>{mark.text}</div>}
        </div>
      }
      placement="top"
    >
      <span role="img" aria-label={label} className={styles.marker[mark.state]} tabIndex={0}>
        <Icon name="bell" size="sm" aria-hidden />
      </span>
    </LazyTooltip>
  );
}

const getStyles = (theme: GrafanaTheme2) => {
  const marker = (color: string) => css({ display: 'inline-flex', flexShrink: 0, lineHeight: 0, color });
  return {
    marker: {
      open: marker(theme.colors.error.text),
      acknowledged: marker(theme.colors.warning.text),
      resolved: marker(theme.colors.text.secondary),
    } satisfies Record<EscalationState, string>,
    tooltip: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5), whiteSpace: 'pre-line' }),
  };
};
