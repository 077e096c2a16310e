import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Text, useStyles2 } from '@grafana/ui';
import { type PeerBenchmark, type StageBenchmarkView } from '../../../../core/maturity/benchmark-api';
import { dimensionView } from '../data/dimension';
import { type Stage } from '../data/distribution';
import { peerViews } from '../data/peers';
import { benchmarksTestIds as ids } from '../testIds';
import { DistributionChart } from './DistributionChart';
import { PeerColumn } from './PeerColumn';

interface Props {
  dimension: StageBenchmarkView;
  stages: Stage[];
  peers: PeerBenchmark[];
  unit: string;
}

/** A dimension's distribution across the units, the unit's place in it, and each peer's distribution beside it. */
export function DimensionBenchmark({ dimension, stages, peers, unit }: Props) {
  const styles = useStyles2(getStyles);
  const view = dimensionView(dimension, stages, unit);
  const unitIndex = view.suppressed ? null : view.unitIndex;
  const noRank = view.suppressed
    ? "No rank: the unit's stage is not shown while our group is suppressed."
    : `No rank: ${unit === '' ? 'no unit chosen' : `${unit} has no stage in this dimension`}.`;
  return (
    <section className={styles.card} data-testid={ids.dimension(view.id)} aria-label={view.name}>
      <Text element="h4">{view.name}</Text>
      <div className={styles.columns}>
        <div>
          <Text element="h5">Our units</Text>
          {view.suppressed ? (
            <Text color="secondary" element="p">
              <span data-testid={ids.suppressed(view.id)}>Suppressed: {view.reason}.</span>
            </Text>
          ) : (
            <>
              <Text color="secondary" variant="bodySmall" element="p">
                {view.n} units · median {view.median}
              </Text>
              <DistributionChart bars={view.bars} unit={unit} barTestId={(key) => ids.bar(view.id, key)} />
              <Text element="p" weight="medium">
                <span data-testid={ids.rank(view.id)}>
                  {view.rank === null
                    ? unit === ''
                      ? 'No unit chosen.'
                      : `${unit} has no stage in this dimension.`
                    : `${unit}: ${view.rank}`}
                </span>
              </Text>
            </>
          )}
        </div>
        {peerViews(peers, view.id, stages, unitIndex).map((p) => (
          <PeerColumn key={p.id} peer={p} dimensionId={view.id} unit={unit} noRank={noRank} />
        ))}
      </div>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  card: css({
    padding: theme.spacing(2),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
  }),
  columns: css({
    display: 'grid',
    gridTemplateColumns: `repeat(auto-fit, minmax(${theme.spacing(44)}, 1fr))`,
    gap: theme.spacing(3),
  }),
});
