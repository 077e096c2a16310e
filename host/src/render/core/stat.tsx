// Stand-in for Grafana's Stat panel: one BigValue per field value, reduced as the panel's reduceOptions say.
import { getFieldDisplayValues, type ReduceDataOptions } from '@grafana/data';
import { BigValue, BigValueColorMode, BigValueGraphMode } from '@grafana/ui';
import { getTemplateSrv } from '@grafana/runtime';
import { noDataView } from './NoData';
import { type StandIn, standInPlugin } from './standIn';

function reduceOptions(options: Record<string, unknown>): ReduceDataOptions {
  const saved =
    typeof options.reduceOptions === 'object' && options.reduceOptions !== null ? options.reduceOptions : {};
  return { calcs: ['lastNotNull'], values: false, ...saved };
}

export const statStandIn: StandIn = {
  id: 'stat',
  name: 'Stat',
  plugin: standInPlugin('stat', 'Stat'),
  view: ({ frames, options, fieldConfig, theme, timeZone }) => {
    const values = getFieldDisplayValues({
      data: frames,
      reduceOptions: reduceOptions(options),
      fieldConfig,
      replaceVariables: (value, scopedVars, format) => getTemplateSrv().replace(value, scopedVars, format),
      theme,
      timeZone,
    });
    if (frames.length === 0 || values.length === 0) {
      return noDataView('No data');
    }
    return function StatStandInView(width, height) {
      return (
        <div style={{ display: 'flex' }}>
          {values.map((value, i) => (
            <BigValue
              key={i}
              value={value.display}
              width={width / values.length}
              height={height}
              colorMode={BigValueColorMode.Value}
              graphMode={BigValueGraphMode.None}
              theme={theme}
            />
          ))}
        </div>
      );
    };
  },
};
