import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Stack, Text, useStyles2 } from '@grafana/ui';
import { type Cycle } from '../../../../core/maturity/api';
import { cyclePath } from '../data/route';
import { answered } from './data/grid';
import { ReleasedSummary } from './ReleasedSummary';
import { StateBadge } from '../components/StateBadge';

interface Props {
  cycle: Cycle;
  /** Name the model (the grid shows several). */
  showModel: boolean;
  /** Read the results for the stage summary (released cycles of the latest year only). */
  summarise: boolean;
}

function Detail({ cycle, summarise }: Pick<Props, 'cycle' | 'summarise'>) {
  if (cycle.state === 'released') {
    return summarise ? <ReleasedSummary id={cycle.id} /> : null;
  }
  if (cycle.state === 'calibration') {
    return (
      <Text variant="bodySmall" color="secondary">
        lead {cycle.lead}
      </Text>
    );
  }
  const { done, due } = answered(cycle);
  return (
    <Text variant="bodySmall" color="secondary">
      {done} of {due} answers
    </Text>
  );
}

/** One cycle in the grid: its state and a line about it, linking to the cycle. */
export function CycleCell({ cycle, showModel, summarise }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <a href={cyclePath(cycle.id)} className={styles.link} aria-label={`${cycle.unit} ${cycle.year}: ${cycle.state}`}>
      <Stack direction="column" gap={0.5} alignItems="flex-start">
        <StateBadge state={cycle.state} />
        {showModel && (
          <Text variant="bodySmall" color="secondary">
            {cycle.model}
          </Text>
        )}
        <Detail cycle={cycle} summarise={summarise} />
      </Stack>
    </a>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  link: css({
    display: 'block',
    padding: theme.spacing(1),
    borderRadius: theme.shape.radius.default,
    '&:hover, &:focus-visible': { background: theme.colors.action.hover },
  }),
});
