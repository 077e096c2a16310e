import { css } from '@emotion/css';
import { useMemo } from 'react';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { type StageView, type TimeToConvertView } from '../../data/model';
import { type Options } from '../../options';
import { histogramOf } from '../TimeToConvert/layout';
import { testIds } from '../../../../app/testIds';
import { barLayout } from './layout';
import { StageItem } from './StageItem';

interface Props {
  stages: StageView[];
  options: Options;
  /** Whether the data carries a previous period and the options show it. */
  showPrevious: boolean;
  timeToConvert: TimeToConvertView[];
  /** Names the list for screen readers ("Funnel stages", "Funnel stages of web"). */
  label: string;
}

/** The classic funnel: one bar per stage in the data's order, each measured against the first stage. */
export function FunnelBars({ stages, options, showPrevious, timeToConvert, label }: Props) {
  const styles = useStyles2(getStyles, options.orientation);
  const geometry = useMemo(() => barLayout(stages), [stages]);
  return (
    <ul role="list" aria-label={label} className={styles.list} data-testid={testIds.funnelPanel.bars}>
      {stages.map((stage, i) => {
        const shape = geometry[i];
        return (
          shape && (
            <StageItem
              key={stage.key}
              stage={stage}
              before={stages[i - 1]}
              geometry={shape}
              options={options}
              showPrevious={showPrevious}
              histogram={histogramOf(stage, timeToConvert)}
            />
          )
        );
      })}
    </ul>
  );
}

const getStyles = (theme: GrafanaTheme2, orientation: Options['orientation']) => ({
  list: css({
    display: 'flex',
    flexDirection: orientation === 'horizontal' ? 'column' : 'row',
    alignItems: orientation === 'horizontal' ? 'stretch' : 'flex-start',
    gap: theme.spacing(orientation === 'horizontal' ? 1 : 2),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  }),
});
