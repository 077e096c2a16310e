import { css } from '@emotion/css';
import { type ReactNode } from 'react';
import { type GrafanaTheme2 } from '@grafana/data';
import { Stack, Text, useStyles2 } from '@grafana/ui';
import { type CriterionResult, type CycleResults } from '../../../../../core/maturity/api';
import { groupCriteria } from '../data/grouping';

interface Props {
  results: CycleResults;
  criteria: readonly CriterionResult[];
  render: (criterion: CriterionResult) => ReactNode;
}

/** Criteria under their dimension, then stage (lowest first). */
export function GroupedCriteria({ results, criteria, render }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <Stack direction="column" gap={2}>
      {groupCriteria(results, criteria).map(({ dimension, stages }) => (
        <section key={dimension.id} aria-label={dimension.name}>
          <Text element="h4" variant="h5">
            {dimension.name}
          </Text>
          {stages.map(({ stage, criteria: inStage }) => (
            <div key={stage.id} className={styles.stage}>
              <Text element="h5" variant="bodySmall" color="secondary" weight="medium">
                Stage: {stage.name}
              </Text>
              {inStage.map((c) => (
                <div key={c.id}>{render(c)}</div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  stage: css({
    marginTop: theme.spacing(1),
    paddingLeft: theme.spacing(1),
    borderLeft: `2px solid ${theme.colors.border.medium}`,
  }),
});
