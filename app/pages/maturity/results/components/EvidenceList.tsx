import { Badge, Card, Stack, Text } from '@grafana/ui';
import { type EvidenceRow } from '../data/evidence';
import { resultsTestIds } from '../testIds';

/** The criteria the registry measured: the figure, what it answered and what the consensus settled on. */
export function EvidenceList({ rows }: { rows: EvidenceRow[] }) {
  if (rows.length === 0) {
    return <Text color="secondary">No criterion of this model is answered by evidence from the registry.</Text>;
  }
  return (
    <>
      {rows.map((row) => (
        <Card key={row.criterionId} data-testid={resultsTestIds.evidence(row.criterionId)}>
          <Card.Heading>{row.text}</Card.Heading>
          <Card.Meta>{[row.dimension, row.check]}</Card.Meta>
          <Card.Description>
            <Stack direction="column" gap={0.5}>
              <Text>{row.figure}</Text>
              <Stack gap={1} alignItems="center" wrap="wrap">
                <Text>{`Evidence: ${row.evidenceAnswer} · Consensus: ${row.consensus}`}</Text>
                {row.overridden && (
                  <Badge color="orange" icon="exclamation-triangle" text="Consensus overrode the evidence" />
                )}
              </Stack>
              {row.note !== null && <Text color="secondary">{`Lead's note: ${row.note}`}</Text>}
            </Stack>
          </Card.Description>
        </Card>
      ))}
    </>
  );
}
