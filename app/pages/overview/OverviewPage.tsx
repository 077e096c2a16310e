import { useState } from 'react';
import { type AppPluginMeta } from '@grafana/data';
import { config } from '@grafana/runtime';
import { Stack, Text } from '@grafana/ui';
import { includedPlugins } from '../../data/includes';
import { loadAudit, loadCatalog, loadFreezeWindows, loadMaturity, loadProposals, loadScorecards } from './api';
import { ApprovalsSection } from './components/ApprovalsSection';
import { AuditSection } from './components/AuditSection';
import { FreezeSection } from './components/FreezeSection';
import { KpiStatesSection } from './components/KpiStatesSection';
import { MaturitySection } from './components/MaturitySection';
import { ScorecardsSection } from './components/ScorecardsSection';
import { Section } from './components/Section';
import { pendingApprovals } from './data/approvals';
import { auditView } from './data/audit';
import { freezeNowNext } from './data/freezeWindows';
import { kpiCounts } from './data/kpiStates';
import { maturitySummary } from './data/maturity';
import { scorecardRows } from './data/scorecards';
import { overviewTestIds } from './testIds';
import { useLoad } from '../../components/useLoad';

export function OverviewPage({ meta }: { meta: AppPluginMeta }) {
  const [now] = useState(() => Date.now());
  const timeZone = config.bootData.user.timezone || 'browser';
  const [scorecards] = useLoad(async () => {
    const { names, answer } = await loadScorecards(now);
    return scorecardRows(names, answer);
  });
  const [kpis] = useLoad(async () => kpiCounts((await loadCatalog()).kpis));
  const [approvals] = useLoad(async () => pendingApprovals((await loadProposals()).proposals, now));
  const [freeze] = useLoad(async () => freezeNowNext(await loadFreezeWindows(), now));
  const [audit] = useLoad(async () => auditView(await loadAudit()));
  const [maturity] = useLoad(async () => maturitySummary(await loadMaturity()));
  const plugins = includedPlugins(meta);
  return (
    <Stack direction="column" gap={2} data-testid={overviewTestIds.root}>
      <Text element="h2">Scorecard Suite {meta.info.version}</Text>
      <Section id="scorecards" title="Scorecards" state={scorecards}>
        {(rows) => <ScorecardsSection rows={rows} />}
      </Section>
      <Section id="kpis" title="KPIs" state={kpis}>
        {(counts) => <KpiStatesSection counts={counts} />}
      </Section>
      <Section id="approvals" title="Pending approvals" state={approvals}>
        {(pending) => <ApprovalsSection pending={pending} />}
      </Section>
      <Section id="freeze" title="Freeze windows" state={freeze}>
        {(windows) => <FreezeSection windows={windows} timeZone={timeZone} />}
      </Section>
      <Section id="audit" title="Audit chain" state={audit}>
        {(view) => <AuditSection audit={view} />}
      </Section>
      <Section id="maturity" title="Maturity" state={maturity}>
        {(summary) => <MaturitySection summary={summary} />}
      </Section>
      <Stack direction="column" gap={0.5} data-testid={overviewTestIds.plugins}>
        <Text element="h3">Plugins in this app</Text>
        <ul>
          {plugins.map((p) => (
            <li key={`${p.type}:${p.name}`}>
              <Text weight="medium">{p.name}</Text> <Text color="secondary">({p.type})</Text>
            </li>
          ))}
        </ul>
      </Stack>
    </Stack>
  );
}
