import { dateTime, type TimeRange } from '@grafana/data';
import type { VariableInterpolation } from '@grafana/runtime';
import { staticOptions, savedCurrent, type VariableJson } from '../templating/variables';
import { HostTemplateSrv } from './templateSrv';

const range: TimeRange = {
  from: dateTime(Date.UTC(2026, 0, 1)),
  to: dateTime(Date.UTC(2026, 0, 1, 6)),
  raw: { from: 'now-6h', to: 'now' },
};

function srvWith(...list: VariableJson[]): HostTemplateSrv {
  const srv = new HostTemplateSrv();
  srv.setDashboard({ uid: 'dash-1', title: 'My dashboard', timezone: 'utc', range });
  for (const json of list) {
    const options = staticOptions(json);
    srv.setVariable({ json, options, current: savedCurrent(json, options) });
  }
  return srv;
}

const region: VariableJson = {
  name: 'region',
  type: 'custom',
  query: 'emea,amer,apac',
  multi: true,
  includeAll: true,
  current: { text: ['emea', 'apac'], value: ['emea', 'apac'] },
};
const env: VariableJson = { name: 'env', type: 'custom', query: 'Production : prod,Staging : stage' };

describe('HostTemplateSrv.replace', () => {
  test('all four syntaxes, with and without a format', () => {
    const srv = srvWith(region, env);
    expect(srv.replace('$env ${env} [[env]] ${env:text} [[env:json]]')).toBe('prod prod prod Production prod');
    expect(srv.replace('region in ($region) or ${region:csv} or ${region:sqlstring}')).toBe(
      "region in ({emea,apac}) or emea,apac or 'emea','apac'"
    );
    expect(srv.replace('${region:text}')).toBe('emea + apac');
  });

  test('the format argument applies unless the expression names its own', () => {
    const srv = srvWith(region);
    expect(srv.replace('$region / ${region:pipe}', {}, 'csv')).toBe('emea,apac / emea|apac');
  });

  test('All is every option value, or the allValue unescaped', () => {
    const all = { ...region, current: { text: 'All', value: '$__all' } };
    expect(srvWith(all).replace('${region:regex}')).toBe('(emea|amer|apac)');
    expect(srvWith(all).replace('${region:text}')).toBe('All');
    const custom = { ...all, allValue: '.*' };
    expect(srvWith(custom).replace('${region:regex}')).toBe('.*');
    expect(srvWith(custom).replace('${region:text}')).toBe('All');
  });

  test('a saved value that is no longer an option falls back to the first option', () => {
    const stale = { ...env, current: { text: 'Old', value: 'old' } };
    expect(srvWith(stale).replace('$env')).toBe('prod');
  });

  test('scoped variables win over dashboard variables; unknown names stay as written', () => {
    const srv = srvWith(env);
    expect(
      srv.replace('$env $__interval $nope', { env: { text: 'x', value: 'scoped' }, __interval: { value: '1h' } })
    ).toBe('scoped 1h $nope');
  });

  test('built-ins: time range, range length, dashboard', () => {
    const srv = srvWith();
    const from = String(range.from.valueOf());
    expect(srv.replace('$__from ${__to:date:seconds} ${__from:date}')).toBe(
      `${from} ${range.to.valueOf() / 1000} 2026-01-01T00:00:00.000Z`
    );
    expect(srv.replace('$__range $__range_s $__range_ms')).toBe('21600s 21600 21600000');
    expect(srv.replace('${__dashboard} ${__dashboard.uid}')).toBe('My dashboard dash-1');
  });

  test('a format function gets the values of a multi-value variable as an array', () => {
    const seen: unknown[] = [];
    const out = srvWith(region).replace('${region}', {}, (value: unknown) => {
      seen.push(value);
      return Array.isArray(value) ? value.join(' OR ') : String(value);
    });
    expect(out).toBe('emea OR apac');
    expect(seen).toEqual([['emea', 'apac']]);
  });

  test('interpolations are reported', () => {
    const interpolations: VariableInterpolation[] = [];
    srvWith(env).replace('${env:text} $missing', {}, undefined, interpolations);
    expect(interpolations).toEqual([
      {
        match: '${env:text}',
        variableName: 'env',
        fieldPath: undefined,
        format: 'text',
        value: 'Production',
        found: true,
      },
      {
        match: '$missing',
        variableName: 'missing',
        fieldPath: undefined,
        format: undefined,
        value: '$missing',
        found: false,
      },
    ]);
  });
});

describe('HostTemplateSrv', () => {
  test('containsTemplate is true only for known names', () => {
    const srv = srvWith(env);
    expect(srv.containsTemplate('a $env b')).toBe(true);
    expect(srv.containsTemplate('a $__from b')).toBe(true);
    expect(srv.containsTemplate('a $other b')).toBe(false);
    expect(srv.containsTemplate('no variables')).toBe(false);
  });

  test('getVariables lists typed models with options, an All option first when includeAll', () => {
    const [model] = srvWith(region).getVariables();
    expect(model).toMatchObject({ name: 'region', type: 'custom', multi: true, includeAll: true });
    expect(model && 'options' in model ? model.options.map((o) => o.value) : []).toEqual([
      '$__all',
      'emea',
      'amer',
      'apac',
    ]);
    expect(model && 'current' in model ? model.current.value : undefined).toEqual(['emea', 'apac']);
  });
});
