import { useState } from 'react';
import { Badge, Stack, Tab, TabContent, TabsBar, Text } from '@grafana/ui';
import { currentLogin, currentRole } from '../../api/kpiServer';
import { ApprovalsInbox } from './components/ApprovalsInbox';
import { AuditLog } from './components/AuditLog';
import { FreezeWindows } from './components/FreezeWindows';
import { governanceTestIds as ids } from './testIds';

const TABS = [
  { id: 'approvals', label: 'Approvals' },
  { id: 'freeze', label: 'Freeze windows' },
  { id: 'audit', label: 'Audit log' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Approvals inbox, freeze windows and the audit log, acting as the signed-in Grafana user. */
export function GovernancePage() {
  const [tab, setTab] = useState<TabId>('approvals');
  const user = { login: currentLogin(), role: currentRole() };
  return (
    <div data-testid={ids.root}>
      <Stack direction="column" gap={2}>
        <Stack gap={1} alignItems="center">
          <Text color="secondary">Signed in as</Text>
          <span data-testid={ids.user}>
            <Text weight="medium">{user.login}</Text>{' '}
            <Badge color={user.role === 'Admin' ? 'green' : 'blue'} text={user.role} />
          </span>
          <Text color="secondary" variant="bodySmall">
            Grafana role; approvals and freeze windows need Admin (the approver token on the KPI server).
          </Text>
        </Stack>
        <TabsBar>
          {TABS.map((t) => (
            <Tab
              key={t.id}
              label={t.label}
              active={tab === t.id}
              onChangeTab={() => setTab(t.id)}
              data-testid={ids.tab(t.id)}
            />
          ))}
        </TabsBar>
        <TabContent>
          {tab === 'approvals' && <ApprovalsInbox user={user} />}
          {tab === 'freeze' && <FreezeWindows user={user} />}
          {tab === 'audit' && <AuditLog />}
        </TabContent>
      </Stack>
    </div>
  );
}
