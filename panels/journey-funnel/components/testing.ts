import { type DisplayValue, type LinkModel } from '@grafana/data';
import { type FunnelGroupView, type FunnelView, type StageView } from '../data/model';

/** A display value as the field's processor would give it with no unit: 1200 → "1,200". */
export function display(numeric: number, color = '#73BF69'): DisplayValue {
  return { text: numeric.toLocaleString('en-US'), numeric, color };
}

/** A stage with neutral defaults; conversions are left for the test to state. */
export function stageView(partial: Partial<StageView> & Pick<StageView, 'key'>): StageView {
  const value = partial.value ?? 100;
  return {
    name: partial.key,
    index: 0,
    value,
    display: display(value),
    conversion: null,
    stepConversion: null,
    conversionInterval: null,
    stepConversionInterval: null,
    dropOff: null,
    previous: null,
    previousDisplay: null,
    previousConversion: null,
    change: null,
    significant: null,
    medianTimeToConvert: null,
    meanTimeToConvert: null,
    inProgress: null,
    impossible: false,
    problem: null,
    color: '#73BF69',
    links: [],
    kpis: [],
    ...partial,
  };
}

/** Stages from counts in the given order, conversions and drop-offs worked out as the view model does; `extra` by key. */
export function stagesFrom(
  counts: Array<[key: string, value: number]>,
  extra: Record<string, Partial<StageView>> = {}
): StageView[] {
  const first = counts[0]?.[1] ?? 0;
  return counts.map(([key, value], index) => {
    const before = index > 0 ? counts[index - 1]?.[1] : undefined;
    return stageView({
      key,
      name: key,
      index,
      value,
      conversion: first > 0 ? value / first : null,
      stepConversion: before ? value / before : null,
      dropOff: before === undefined ? null : before - value,
      ...extra[key],
    });
  });
}

export function funnelView(groups: FunnelGroupView[], partial: Partial<FunnelView> = {}): FunnelView {
  return {
    input: 'long',
    breakdownField: null,
    groups,
    hasPrevious: false,
    timeToConvert: [],
    journey: null,
    notices: [],
    warnings: [],
    ...partial,
  };
}

export function link(partial: Partial<LinkModel> = {}): LinkModel {
  return { href: '/d/stage', title: 'Open stage', target: '_self', origin: {}, ...partial };
}
