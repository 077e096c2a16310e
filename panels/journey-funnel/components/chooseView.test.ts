import { defaultOptions } from '../options';
import { chooseView } from './chooseView';
import { funnelView, stagesFrom } from './testing';

const total = {
  breakdown: null,
  stages: stagesFrom([
    ['a', 10],
    ['b', 5],
  ]),
};
const split = funnelView([total, { ...total, breakdown: 'web' }, { ...total, breakdown: 'app' }]);
const big = { width: 600, height: 400 };

describe('chooseView', () => {
  it('lists stages on small panels whatever the options', () => {
    expect(chooseView(split, defaultOptions, { width: 299, height: 400 })).toBe('compact');
    expect(chooseView(split, { ...defaultOptions, view: 'flow' }, { width: 600, height: 149 })).toBe('compact');
  });

  it('draws the flow, the breakdown mode, or plain bars', () => {
    expect(chooseView(split, { ...defaultOptions, view: 'flow' }, big)).toBe('flow');
    expect(chooseView(split, defaultOptions, big)).toBe('grouped');
    expect(chooseView(split, { ...defaultOptions, breakdownMode: 'multiples' }, big)).toBe('multiples');
    expect(chooseView(funnelView([total]), defaultOptions, big)).toBe('bars');
  });
});
