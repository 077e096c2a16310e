import { useMemo } from 'react';
import { Alert, LinkButton, Stack, Text } from '@grafana/ui';
import { type Cycle, type CycleResults } from '../../../../core/maturity/api';
import { reportPath } from '../data/route';
import { EvidenceList } from './components/EvidenceList';
import { Headline } from './components/Headline';
import { Heatmap } from './components/Heatmap';
import { NextSteps } from './components/NextSteps';
import { Section } from './components/Section';
import { UnitBenchmark } from './components/UnitBenchmark';
import { benchmarkView } from './data/benchmark';
import { evidenceRows } from './data/evidence';
import { headlineOf } from './data/headline';
import { heatmapOf } from './data/heatmap';
import { benchmarksPath } from './data/links';
import { nextSteps } from './data/nextSteps';
import { provisionalOf } from './data/provisional';
import { resultsTestIds } from './testIds';

/** A cycle's results: stages, change since last year, next steps, evidence and the unit against others. */
export function ResultsView({ cycle, results }: { cycle: Cycle; results: CycleResults }) {
  const provisional = useMemo(() => provisionalOf(cycle, results), [cycle, results]);
  const headline = useMemo(() => headlineOf(cycle, results), [cycle, results]);
  const map = useMemo(() => heatmapOf(results), [results]);
  const steps = useMemo(() => nextSteps(results), [results]);
  const evidence = useMemo(() => evidenceRows(results), [results]);
  const benchmark = useMemo(() => benchmarkView(results), [results]);

  return (
    <Stack direction="column" gap={3} data-testid={resultsTestIds.root}>
      {provisional !== null && (
        <Alert severity="warning" title={provisional.title} data-testid={resultsTestIds.provisional}>
          {provisional.body}
        </Alert>
      )}
      <Headline headline={headline} />
      <Stack gap={1} wrap="wrap">
        <LinkButton href={reportPath(cycle.id)} icon="file-alt" data-testid={resultsTestIds.reportLink}>
          Open the report
        </LinkButton>
        <LinkButton
          href={benchmarksPath(cycle)}
          icon="chart-line"
          variant="secondary"
          data-testid={resultsTestIds.benchmarksLink}
        >
          {`Benchmarks ${cycle.year}`}
        </LinkButton>
      </Stack>
      <Section title="Stage per dimension">
        <Heatmap map={map} year={results.year} />
      </Section>
      <Section title="Next steps">
        <NextSteps steps={steps} />
      </Section>
      <Section title="Evidence from the registry">
        <EvidenceList rows={evidence} />
      </Section>
      <Section title={`${results.unit} against other units`}>
        {benchmark === null ? (
          <Text color="secondary">The comparison with other units and peers appears once the cycle is released.</Text>
        ) : (
          <UnitBenchmark view={benchmark} />
        )}
      </Section>
    </Stack>
  );
}
