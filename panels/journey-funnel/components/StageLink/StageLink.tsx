import { css, cx } from '@emotion/css';
import { type ReactNode } from 'react';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { LazyTooltip } from '../../../shared/components/LazyTooltip';
import { type StageView } from '../../data/model';
import { stageAriaLabel } from '../describe';
import { StageTooltip } from '../StageTooltip/StageTooltip';
import { followLink } from './follow';

interface Props {
  stage: StageView;
  children: ReactNode;
  className?: string;
  /** Overrides the spoken label (e.g. to name the breakdown value). */
  label?: string;
}

/** The focusable face of a stage: its tooltip on hover and focus, and an anchor to its first data link. */
export function StageLink({ stage, children, className, label = stageAriaLabel(stage) }: Props) {
  const styles = useStyles2(getStyles);
  const link = stage.links[0];
  return (
    <LazyTooltip content={<StageTooltip stage={stage} />} placement="auto" interactive={false}>
      {link ? (
        <a
          href={link.href}
          target={link.target}
          rel={link.target === '_blank' ? 'noopener noreferrer' : undefined}
          aria-label={label}
          title={link.title || undefined}
          onClick={followLink(link)}
          className={cx(styles.face, styles.link, className)}
        >
          {children}
        </a>
      ) : (
        <div tabIndex={0} aria-label={label} className={cx(styles.face, className)}>
          {children}
        </div>
      )}
    </LazyTooltip>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  face: css({
    display: 'block',
    minWidth: 0,
    color: 'inherit',
    borderRadius: theme.shape.radius.default,
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.border}`, outlineOffset: 2 },
  }),
  link: css({ cursor: 'pointer', '&:hover': { color: 'inherit', textDecoration: 'none' } }),
});
