import { dateTimeFormat } from '@grafana/data';
import { Stack, Text, TextLink } from '@grafana/ui';
import { APP_BASE } from '../../../constants';
import { type FreezeNowNext, type FreezeView } from '../data/freezeWindows';
import { overviewTestIds } from '../testIds';

function Window({ w, timeZone, testId }: { w: FreezeView; timeZone: string; testId: string }) {
  const when = (ms: number) => dateTimeFormat(ms, { timeZone, format: 'YYYY-MM-DD HH:mm' });
  return (
    <Stack direction="column" gap={0} data-testid={testId}>
      <Text weight="medium">{`${w.id}: ${when(w.from)} → ${when(w.to)}`}</Text>
      <Text color="secondary">{`${w.reason} · freezes ${w.scope}`}</Text>
    </Stack>
  );
}

/** `timeZone` is the user's (Grafana's bootData), so dates read as everywhere else in Grafana. */
export function FreezeSection({ windows, timeZone }: { windows: FreezeNowNext; timeZone: string }) {
  return (
    <Stack direction="column" gap={1}>
      <Text variant="h6">In force now</Text>
      {windows.now.length === 0 ? (
        <Text color="secondary">No freeze window is in force.</Text>
      ) : (
        windows.now.map((w) => <Window key={w.id} w={w} timeZone={timeZone} testId={overviewTestIds.freezeNow(w.id)} />)
      )}
      <Text variant="h6">Next</Text>
      {windows.next === null ? (
        <Text color="secondary">None planned.</Text>
      ) : (
        <Window w={windows.next} timeZone={timeZone} testId={overviewTestIds.freezeNext} />
      )}
      <TextLink href={`${APP_BASE}/governance`} inline={false}>
        Freeze windows in Governance
      </TextLink>
    </Stack>
  );
}
