import { Text } from '@grafana/ui';
import { type PeerView } from '../data/peers';
import { benchmarksTestIds as ids } from '../testIds';
import { DistributionChart } from './DistributionChart';

interface Props {
  peer: PeerView;
  dimensionId: string;
  unit: string;
  /** Why the unit has no rank here when the stages are the same. */
  noRank: string;
}

/** One peer's distribution of a dimension, or why it is not shown, and the unit's rank against it. */
export function PeerColumn({ peer, dimensionId, unit, noRank }: Props) {
  return (
    <div data-testid={ids.peer(peer.source, dimensionId)}>
      <Text element="h5">
        {peer.source} · {peer.year}
      </Text>
      {peer.stagesNote !== null && (
        <Text color="warning" variant="bodySmall" element="p">
          Note: {peer.stagesNote}.
        </Text>
      )}
      {peer.status === 'missing' && (
        <Text color="secondary" italic>
          Not in the peer&apos;s file.
        </Text>
      )}
      {peer.status === 'suppressed' && (
        <Text color="secondary" italic>
          Suppressed by the peer (too few units to share).
        </Text>
      )}
      {peer.status === 'shown' && (
        <>
          <Text color="secondary" variant="bodySmall" element="p">
            {peer.n} units · median {peer.median}
          </Text>
          <DistributionChart bars={peer.bars} unit={unit} />
          <Text variant="bodySmall" element="p">
            {peer.words === null
              ? peer.stagesNote === null
                ? noRank
                : 'No rank: the stages differ.'
              : `${unit} against ${peer.source}: ${peer.words}`}
          </Text>
        </>
      )}
    </div>
  );
}
