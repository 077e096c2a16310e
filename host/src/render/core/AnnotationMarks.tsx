// Draws annotation events on a uPlot chart: a vertical line per event, a shaded band per region.
import { useLayoutEffect } from 'react';
import { type AnnotationEvent, colorManipulator } from '@grafana/data';
import { type UPlotConfigBuilder, useTheme2 } from '@grafana/ui';

export function AnnotationMarks({ config, events }: { config: UPlotConfigBuilder; events: AnnotationEvent[] }) {
  const theme = useTheme2();
  useLayoutEffect(() => {
    config.addHook('draw', (u) => {
      const { ctx, bbox } = u;
      ctx.save();
      for (const event of events) {
        if (event.time === undefined) {
          continue;
        }
        const color = theme.visualization.getColorByName(event.color ?? 'red');
        const x0 = u.valToPos(event.time, 'x', true);
        if (event.isRegion && event.timeEnd !== undefined) {
          ctx.fillStyle = colorManipulator.alpha(color, 0.15);
          ctx.fillRect(x0, bbox.top, u.valToPos(event.timeEnd, 'x', true) - x0, bbox.height);
        }
        ctx.strokeStyle = color;
        ctx.lineWidth = 1;
        ctx.setLineDash([4, 4]);
        ctx.beginPath();
        ctx.moveTo(x0, bbox.top);
        ctx.lineTo(x0, bbox.top + bbox.height);
        ctx.stroke();
      }
      ctx.restore();
    });
  }, [config, events, theme]);
  return null;
}
