import { Stack, Text, TextLink } from '@grafana/ui';
import { type CatalogEntry, type Duplicates as DuplicatesAnswer } from '../../../../core/app-api';
import { duplicateReason } from '../data/formatInUnit';
import { catalogTestIds } from '../testIds';
import { kpiHref } from './kpiLink';

interface Props {
  duplicates: DuplicatesAnswer;
  kpis: CatalogEntry[];
}

/** KPI pairs that may measure the same thing, with the reason in words. */
export function Duplicates({ duplicates, kpis }: Props) {
  const name = (id: string) => kpis.find((k) => k.id === id)?.name ?? id;
  const link = (id: string) => (
    <TextLink href={kpiHref(id)} inline>
      {name(id)}
    </TextLink>
  );
  return (
    <section data-testid={catalogTestIds.duplicates}>
      <Stack direction="column" gap={1}>
        <Text element="h3">Possible duplicates</Text>
        {duplicates.pairs.length === 0 ? (
          <Text color="secondary">
            No KPI pairs share a calculation or correlate at r ≥ {duplicates.threshold} over {duplicates.periods}{' '}
            periods.
          </Text>
        ) : (
          duplicates.pairs.map((p) => (
            <div key={`${p.a}-${p.b}`} data-testid={catalogTestIds.duplicate(p.a, p.b)}>
              {link(p.a)} and {link(p.b)}: <Text color="secondary">{duplicateReason(p)}</Text>
            </div>
          ))
        )}
      </Stack>
    </section>
  );
}
