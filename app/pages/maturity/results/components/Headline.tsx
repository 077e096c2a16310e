import { Badge, type BadgeColor, Stack, Text } from '@grafana/ui';
import { type AgreementReading } from '../../../../../core/maturity/agreement';
import { type Headline as HeadlineModel } from '../data/headline';
import { resultsTestIds } from '../testIds';

const TONE: Record<AgreementReading, BadgeColor> = {
  good: 'green',
  tentative: 'orange',
  low: 'red',
  undefined: 'darkgrey',
};

/** The stage of each dimension in words, the agreement, and the release. */
export function Headline({ headline }: { headline: HeadlineModel }) {
  return (
    <Stack direction="column" gap={1} data-testid={resultsTestIds.headline}>
      <Stack gap={3} wrap="wrap">
        {headline.stages.map((s) => (
          <Stack key={s.dimensionId} direction="column" gap={0}>
            <Text color="secondary" variant="bodySmall">
              {s.name}
            </Text>
            <Text variant="h4" element="span">
              {s.stage}
            </Text>
          </Stack>
        ))}
      </Stack>
      <Stack gap={1} alignItems="center" wrap="wrap">
        <Badge
          color={TONE[headline.reading]}
          text={headline.reading === 'undefined' ? 'no reading' : headline.reading}
        />
        <Text>{headline.agreement}</Text>
      </Stack>
      {headline.released !== null && <Text color="secondary">{headline.released}</Text>}
    </Stack>
  );
}
