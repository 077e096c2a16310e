import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { type FunnelView } from '../data/model';
import { type Options } from '../options';
import { FunnelBars } from './Bars/FunnelBars';
import { Legend } from './Bars/Legend';
import { GroupedBars } from './Breakdown/GroupedBars';
import { SmallMultiples } from './Breakdown/SmallMultiples';
import { chooseView } from './chooseView';
import { CompactList } from './CompactList/CompactList';
import { FlowView } from './Flow/FlowView';
import { testIds } from './../../../app/testIds';

interface Props {
  view: FunnelView;
  options: Options;
  width: number;
  height: number;
}

/** The funnel in the view its options and size call for, with its notices and legend. */
export function FunnelBody({ view, options, width, height }: Props) {
  const styles = useStyles2(getStyles);
  const shown = chooseView(view, options, { width, height });
  const total = view.groups[0]?.stages ?? [];
  const showPrevious = options.showPrevious && view.hasPrevious;
  const inProgress = options.showInProgress && total.some((s) => (s.inProgress ?? 0) > 0);
  const notes = [...view.notices, ...view.warnings];
  return (
    <div className={styles.root}>
      {notes.length > 0 && shown !== 'compact' && (
        <ul className={styles.notes} data-testid={testIds.funnelPanel.notices}>
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      {(shown === 'bars' || shown === 'multiples') && <Legend inProgress={inProgress} previous={showPrevious} />}
      <div className={styles.body}>
        {shown === 'compact' && <CompactList stages={total} />}
        {shown === 'flow' && <FlowView stages={total} width={width} height={height} />}
        {shown === 'grouped' && (
          <GroupedBars groups={view.groups.slice(1)} options={options} showPrevious={showPrevious} />
        )}
        {shown === 'multiples' && <SmallMultiples groups={view.groups} options={options} showPrevious={showPrevious} />}
        {shown === 'bars' && (
          <FunnelBars
            stages={total}
            options={options}
            showPrevious={showPrevious}
            timeToConvert={view.timeToConvert}
            label="Funnel stages"
          />
        )}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1), height: '100%', minHeight: 0 }),
  notes: css({
    margin: 0,
    paddingLeft: theme.spacing(2),
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
  }),
  body: css({ flex: 1, minHeight: 0, overflow: 'auto' }),
});
