import { type FunnelView } from '../data/model';
import { type Options } from '../options';

export type Shown = 'compact' | 'flow' | 'grouped' | 'multiples' | 'bars';

/** Below either size the panel lists stages instead of drawing them. */
export const COMPACT_BELOW = { width: 300, height: 150 };

/** Which view the panel draws for its size, its options and whether the data is broken down. */
export function chooseView(view: FunnelView, options: Options, size: { width: number; height: number }): Shown {
  if (size.width < COMPACT_BELOW.width || size.height < COMPACT_BELOW.height) {
    return 'compact';
  }
  if (options.view === 'flow') {
    return 'flow';
  }
  if (view.groups.length > 1) {
    return options.breakdownMode;
  }
  return 'bars';
}
