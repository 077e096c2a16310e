import { Card, LinkButton, Stack, Text } from '@grafana/ui';
import { cyclePath } from '../data/route';
import { type MyCycle } from './data/mine';
import { StateBadge } from '../components/StateBadge';
import { cyclesTestIds as ids } from './testIds';

/** What waits for the signed-in user, each with a direct link to the tab to work in. */
export function MyCycles({ mine }: { mine: MyCycle[] }) {
  return (
    <section data-testid={ids.mine} aria-label="My cycles">
      <Stack direction="column" gap={1}>
        <Text element="h3" variant="h4">
          Waiting for you
        </Text>
        {mine.map(({ cycle, tab, todo }) => (
          <Card key={cycle.id} data-testid={ids.mineItem(cycle.id)} noMargin>
            <Card.Heading>
              {cycle.unit} {cycle.year}
            </Card.Heading>
            <Card.Meta>{[cycle.model, todo]}</Card.Meta>
            <Card.Tags>
              <StateBadge state={cycle.state} />
            </Card.Tags>
            <Card.Actions>
              <LinkButton href={cyclePath(cycle.id, tab)} icon={tab === 'assess' ? 'edit' : 'comments-alt'}>
                {tab === 'assess' ? 'Continue assessing' : 'Open calibration'}
              </LinkButton>
            </Card.Actions>
          </Card>
        ))}
      </Stack>
    </section>
  );
}
