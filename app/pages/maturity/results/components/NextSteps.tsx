import { Card, Text } from '@grafana/ui';
import { type NextStep } from '../data/nextSteps';
import { resultsTestIds } from '../testIds';

/** Per dimension what stands between it and its next stage. */
export function NextSteps({ steps }: { steps: NextStep[] }) {
  return (
    <>
      {steps.map((step) => (
        <Card key={step.dimensionId} data-testid={resultsTestIds.nextSteps(step.dimensionId)}>
          <Card.Heading>{`${step.name}: ${step.title}`}</Card.Heading>
          <Card.Description>
            {step.criteria.length === 0 ? (
              <Text color="secondary">Nothing left to meet in this dimension.</Text>
            ) : (
              <ul>
                {step.criteria.map((c) => (
                  <li key={c.id}>{c.text}</li>
                ))}
              </ul>
            )}
          </Card.Description>
        </Card>
      ))}
    </>
  );
}
