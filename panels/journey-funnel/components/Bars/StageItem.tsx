import { css } from '@emotion/css';
import { type GrafanaTheme2, formattedValueToString } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { type StageView, type TimeToConvertView } from '../../data/model';
import { type Options } from '../../options';
import { conversionTexts, dropOffText } from '../describe';
import { StageEscalation } from '../Escalation/StageEscalation';
import { StageKpis } from '../StageKpis/StageKpis';
import { StageLink } from '../StageLink/StageLink';
import { testIds } from '../../../../app/testIds';
import { StepTime } from '../TimeToConvert/StepTime';
import { type BarGeometry, lostShare } from './layout';
import { StageBar } from './StageBar';
import { StageChange } from './StageChange';

export interface StageItemProps {
  stage: StageView;
  before: StageView | undefined;
  geometry: BarGeometry;
  options: Options;
  showPrevious: boolean;
  histogram?: TimeToConvertView;
}

/** One stage of the classic funnel: drop-off from the step before, name and numbers, bar, change, KPIs, time. */
export function StageItem({ stage, before, geometry, options, showPrevious, histogram }: StageItemProps) {
  const styles = useStyles2(getStyles, options.orientation);
  const conversions = conversionTexts(stage, options.percentOf);
  const shownDrop = stage.dropOff !== null && stage.dropOff >= 0;
  return (
    <li className={styles.item} data-testid={testIds.funnelPanel.stage(stage.key)}>
      {options.showDropOff && !shownDrop && options.orientation === 'vertical' && (
        <div className={styles.dropOff} aria-hidden>
          &nbsp;
        </div>
      )}
      {options.showDropOff && shownDrop && stage.dropOff !== null && (
        <div className={styles.dropOff} data-testid={testIds.funnelPanel.dropOff(stage.key)}>
          <Icon name="arrow-down" size="xs" aria-hidden />
          {dropOffText(stage.dropOff, lostShare(stage, before))}
        </div>
      )}
      <div className={styles.faceRow}>
        <StageEscalation stage={stage} reserve />
        <StageLink stage={stage} className={styles.face}>
          <div className={styles.header}>
            <span className={styles.name} title={stage.name}>
              {stage.name}
            </span>
            <span className={styles.numbers}>
              <strong>{formattedValueToString(stage.display)}</strong>
              {conversions.map((text) => (
                <span key={text}>{text}</span>
              ))}
            </span>
          </div>
          <StageBar
            stage={stage}
            geometry={geometry}
            orientation={options.orientation}
            color={stage.color}
            showInProgress={options.showInProgress}
            showGhost={showPrevious}
          />
        </StageLink>
      </div>
      {stage.impossible && stage.problem && (
        <div className={styles.problem} data-testid={testIds.funnelPanel.problem(stage.key)}>
          <Icon name="exclamation-triangle" size="sm" aria-hidden />
          {stage.problem}
        </div>
      )}
      {showPrevious && stage.index > 0 && <StageChange stage={stage} />}
      {options.showStageKpis && <StageKpis stageKey={stage.key} kpis={stage.kpis} />}
      {options.showTimeToConvert && <StepTime stage={stage} histogram={histogram} />}
    </li>
  );
}

const getStyles = (theme: GrafanaTheme2, orientation: Options['orientation']) => {
  const small = { fontSize: theme.typography.bodySmall.fontSize, color: theme.colors.text.secondary };
  return {
    item: css({
      display: 'flex',
      flexDirection: 'column',
      gap: theme.spacing(0.5),
      minWidth: orientation === 'vertical' ? theme.spacing(16) : 0,
      flex: orientation === 'vertical' ? `1 0 ${theme.spacing(16)}` : undefined,
    }),
    faceRow: css({
      display: 'flex',
      alignItems: orientation === 'vertical' ? 'flex-end' : 'flex-start',
      gap: theme.spacing(0.5),
    }),
    face: css({
      flex: 1,
      minWidth: 0,
      display: 'flex',
      flexDirection: orientation === 'vertical' ? 'column-reverse' : 'column',
      gap: theme.spacing(0.5),
    }),
    header: css({ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: theme.spacing(0.5, 1), minWidth: 0 }),
    name: css({
      fontWeight: theme.typography.fontWeightMedium,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
      minWidth: 0,
      maxWidth: '100%',
    }),
    numbers: css({
      display: 'inline-flex',
      flexWrap: 'wrap',
      gap: theme.spacing(1),
      fontVariantNumeric: 'tabular-nums',
      span: small,
    }),
    dropOff: css({ ...small, display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) }),
    problem: css({
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      color: theme.colors.warning.text,
      fontSize: theme.typography.bodySmall.fontSize,
    }),
  };
};
