// Stand-in for Grafana's Time series panel: @grafana/ui TimeSeries with a legend, annotations drawn on the plot.
import { type DataFrame, FieldColorModeId, FieldConfigProperty, FieldType } from '@grafana/data';
import { LegendDisplayMode, type VizLegendOptions } from '@grafana/schema';
import { TimeSeries } from '@grafana/ui';
import { AnnotationMarks } from './AnnotationMarks';
import { noDataView } from './NoData';
import { type StandIn, standInPlugin } from './standIn';

// Grafana's timeseries field config defaults (defaultGraphConfig) for the properties uPlot's builder reads.
const GRAPH_DEFAULTS = {
  drawStyle: 'line',
  lineInterpolation: 'linear',
  lineWidth: 1,
  fillOpacity: 0,
  gradientMode: 'none',
  barAlignment: 0,
  showPoints: 'auto',
  pointSize: 5,
  spanNulls: false,
  axisPlacement: 'auto',
  axisColorMode: 'text',
  scaleDistribution: { type: 'linear' },
  stacking: { mode: 'none', group: 'A' },
  thresholdsStyle: { mode: 'off' },
  hideFrom: { legend: false, tooltip: false, viz: false },
};

const graphable = (frame: DataFrame) =>
  frame.fields.some((f) => f.type === FieldType.time) && frame.fields.some((f) => f.type === FieldType.number);

function legendOptions(options: Record<string, unknown>): VizLegendOptions {
  const saved = typeof options.legend === 'object' && options.legend !== null ? options.legend : {};
  return { showLegend: true, displayMode: LegendDisplayMode.List, placement: 'bottom', calcs: [], ...saved };
}

export const timeSeriesStandIn: StandIn = {
  id: 'timeseries',
  name: 'Time series',
  // Like Grafana's timeseries panel: series take palette colours unless the field config says otherwise.
  plugin: standInPlugin('timeseries', 'Time series', GRAPH_DEFAULTS, {
    [FieldConfigProperty.Color]: {
      settings: { byValueSupport: true, bySeriesSupport: true, preferThresholdsMode: false },
      defaultValue: { mode: FieldColorModeId.PaletteClassic },
    },
  }),
  view: ({ frames, options, timeRange, timeZone, annotations }) => {
    const series = frames.filter(graphable);
    if (series.length === 0) {
      return noDataView(frames.length ? 'Data does not have a time field' : 'No data');
    }
    return function TimeSeriesStandInView(width, height) {
      return (
        <TimeSeries
          frames={series}
          structureRev={1}
          timeRange={timeRange}
          timeZone={timeZone}
          width={width}
          height={height}
          legend={legendOptions(options)}
        >
          {(config) => <AnnotationMarks config={config} events={annotations} />}
        </TimeSeries>
      );
    };
  },
};
