import { type ReactNode } from 'react';
import { Badge, Card, Stack, Text } from '@grafana/ui';
import { type CriterionResult } from '../../../../../core/maturity/api';
import { answerLabel } from '../data/answers';
import { calibrationTestIds as ids } from '../testIds';
import { AssessorAnswers } from './AssessorAnswers';

const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;

interface Props {
  criterion: CriterionResult;
  assessors: readonly string[];
  testId: string;
  children: ReactNode;
}

/** One criterion: its text, the evidence figure or exemption if any, the assessors' answers and what the lead does. */
export function CriterionCard({ criterion: c, assessors, testId, children }: Props) {
  return (
    <Card data-testid={testId}>
      <Card.Heading>{c.text}</Card.Heading>
      <Card.Meta>{[c.id]}</Card.Meta>
      <Card.Description>
        <Stack direction="column" gap={1.5}>
          {c.evidence !== null && (
            <div data-testid={ids.evidence(c.id)}>
              <Badge color="purple" icon="database" text="evidence" />{' '}
              <Text>
                {c.evidence.text}; met from {percent(c.evidence.atLeast)}, so the registry answers{' '}
                {answerLabel(c.evidence.answer)}.
              </Text>
            </div>
          )}
          {c.exemption !== null && (
            <Text color="secondary">
              Exempt until {c.exemption.expires}: {c.exemption.reason}
            </Text>
          )}
          <AssessorAnswers criterion={c} assessors={assessors} />
          {children}
        </Stack>
      </Card.Description>
    </Card>
  );
}
