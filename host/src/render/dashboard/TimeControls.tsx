// The dashboard's time range picker (range and time zone from the URL) and refresh button, as in Grafana's toolbar.
import type { TimeRange } from '@grafana/data';
import { RefreshPicker, Stack, TimeRangePicker } from '@grafana/ui';
import { msToUrl, shiftRange, zoomOut } from '../../dashboard/timeMoves';
import { rawToUrl } from '../../dashboard/urlState';
import { hostTestIds } from '../../testIds';

interface Props {
  range: TimeRange;
  timezone: string;
  loading: boolean;
  onRange: (range: { from: string; to: string }) => void;
  onTimezone: (timezone: string) => void;
  onRefresh: () => void;
}

export function TimeControls({ range, timezone, loading, onRange, onTimezone, onRefresh }: Props) {
  const ms = { from: range.from.valueOf(), to: range.to.valueOf() };
  return (
    <div data-testid={hostTestIds.preview.timeControls}>
      <Stack gap={1} alignItems="center">
        <TimeRangePicker
          value={range}
          timeZone={timezone}
          onChange={(picked) => onRange(rawToUrl(picked.raw))}
          onChangeTimeZone={onTimezone}
          onMoveBackward={() => onRange(msToUrl(shiftRange(ms, -1)))}
          onMoveForward={() => onRange(msToUrl(shiftRange(ms, 1)))}
          onZoom={() => onRange(msToUrl(zoomOut(ms)))}
        />
        <RefreshPicker noIntervalPicker onRefresh={onRefresh} onIntervalChanged={() => undefined} isLoading={loading} />
      </Stack>
    </div>
  );
}
