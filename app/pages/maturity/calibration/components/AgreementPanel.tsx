import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Badge, Stack, Text, useStyles2 } from '@grafana/ui';
import { type CycleResults } from '../../../../../core/maturity/api';
import { ALPHA_MEANING, type AgreementRow, agreementRows } from '../data/agreement';
import { calibrationTestIds as ids } from '../testIds';

function Reading({ row, testId }: { row: AgreementRow; testId: string }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.row} data-testid={testId}>
      <Text>{row.name}</Text>
      <Text variant="code">{row.value}</Text>
      <Badge color={row.color} text={row.label} />
    </div>
  );
}

/** Krippendorff's alpha over the cycle and per dimension, each with its reading. */
export function AgreementPanel({ results }: { results: CycleResults }) {
  const styles = useStyles2(getStyles);
  const { overall, dimensions } = agreementRows(results);
  return (
    <section className={styles.panel} data-testid={ids.agreement} aria-label="Agreement between assessors">
      <Stack direction="column" gap={1}>
        <Text element="h3" variant="h5">
          Agreement between assessors
        </Text>
        <Text color="secondary" variant="bodySmall">
          {ALPHA_MEANING}
        </Text>
        <div className={styles.grid}>
          <Reading row={overall} testId={ids.overallAgreement} />
          {dimensions.map((d) => (
            <Reading key={d.id} row={d} testId={ids.dimensionAgreement(d.id)} />
          ))}
        </div>
      </Stack>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({
    padding: theme.spacing(2),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
  }),
  grid: css({
    display: 'grid',
    gridTemplateColumns: 'max-content max-content max-content',
    gap: theme.spacing(0.5, 2),
  }),
  row: css({ display: 'contents' }),
});
