import { calculationInWords } from './calculationInWords';

describe('calculationInWords', () => {
  it('says what a count measures, events first, then the other filters', () => {
    const calc = {
      measure: {
        source: 'shop',
        aggregate: 'count' as const,
        filter: { event: 'order_placed', channel: ['web', 'app'] },
      },
    };
    expect(calculationInWords(calc, 'month')).toBe(
      'Count of events `order_placed` in source shop where channel is web or app, per month'
    );
  });

  it('names the field of other aggregates and lists several events', () => {
    const calc = {
      measure: {
        source: 'crm',
        aggregate: 'nps' as const,
        field: 'value',
        filter: { event: ['nps_a', 'nps_b', 'nps_c'] },
      },
    };
    expect(calculationInWords(calc, 'quarter')).toBe(
      'Net Promoter Score of value of events `nps_a`, `nps_b` or `nps_c` in source crm, per quarter'
    );
  });

  it('describes ratios, conversions, expressions, manual and SQL KPIs', () => {
    const ratio = {
      measure: {
        source: 's',
        aggregate: 'ratio' as const,
        numerator: { event: 'paid' },
        denominator: { event: 'trial' },
      },
    };
    expect(calculationInWords(ratio, 'week')).toBe(
      'Share of events where event is paid among events where event is trial in source s, per week'
    );
    const conversion = { measure: { aggregate: 'conversion' as const, journey: 'buy', from: 'visit', to: 'order' } };
    expect(calculationInWords(conversion, 'month')).toBe(
      'Share of customers entering stage visit of journey buy who reach stage order, per month'
    );
    const expression = { expression: { expr: 'a / b', inputs: { a: 'kpi.x', b: 'kpi.y' } } };
    expect(calculationInWords(expression, 'month')).toBe('Expression: a / b (a = kpi.x, b = kpi.y), per month');
    expect(calculationInWords({ manual: {} }, 'month')).toBe('Manual check-ins');
    expect(calculationInWords({ sql: { query: 'SELECT 1' } }, 'month')).toBe('SQL (admin)');
  });
});
