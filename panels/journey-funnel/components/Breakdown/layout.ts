import { type GrafanaTheme2 } from '@grafana/data';
import { type FunnelGroupView, type StageView } from '../../data/model';
import { barLayout, type BarGeometry } from '../Bars/layout';

export interface GroupedBar {
  group: string;
  color: string;
  stage: StageView;
  geometry: BarGeometry;
}

export interface GroupedRow {
  key: string;
  name: string;
  bars: GroupedBar[];
}

/** Classic palette colours by breakdown position, resolved for the theme. */
export function groupColors(theme: GrafanaTheme2, count: number): string[] {
  const palette = theme.visualization.palette;
  return Array.from({ length: count }, (_, i) =>
    theme.visualization.getColorByName(palette[i % palette.length] ?? 'text')
  );
}

/** The name a breakdown group is shown by: its value, or "All" for the whole funnel. */
export const groupName = (group: FunnelGroupView) => group.breakdown ?? 'All';

/**
 * One row per stage of the first group's order, with one bar per group; each bar is measured against its own
 * group's first stage, so groups of different sizes compare by conversion.
 */
export function groupedRows(groups: FunnelGroupView[], colors: string[]): GroupedRow[] {
  const order = groups[0]?.stages ?? [];
  const shapes = groups.map((group) => {
    const geometry = barLayout(group.stages);
    return new Map(group.stages.map((stage, i) => [stage.key, { stage, geometry: geometry[i] }]));
  });
  return order.map(({ key, name }) => ({
    key,
    name,
    bars: groups.flatMap((group, g) => {
      const found = shapes[g]?.get(key);
      return found?.geometry
        ? [{ group: groupName(group), color: colors[g] ?? '', stage: found.stage, geometry: found.geometry }]
        : [];
    }),
  }));
}
