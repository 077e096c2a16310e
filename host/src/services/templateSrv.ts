// The host TemplateSrv: the rendered dashboard's variables and time range, interpolated as Grafana's TemplateSrv does.
import type { ScopedVars, TimeRange, TypedVariableModel } from '@grafana/data';
import type { TemplateSrv, VariableInterpolation } from '@grafana/runtime';
import { containsVariable, interpolate, VARIABLE_REGEX } from '../templating/interpolate';
import { type DashboardScope, makeLookup } from '../templating/resolve';
import { toTypedModel } from '../templating/typedModel';
import type { VariableState } from '../templating/variables';

export class HostTemplateSrv implements TemplateSrv {
  private states: VariableState[] = [];
  private scope: DashboardScope | undefined;

  /** A new dashboard: its identity and time range, and no variables until they are resolved. */
  setDashboard(scope: DashboardScope | undefined): void {
    this.scope = scope;
    this.states = [];
  }

  /** Adds or replaces a variable; later variables' queries see the earlier ones. */
  setVariable(state: VariableState): void {
    this.states = [...this.states.filter((s) => s.json.name !== state.json.name), state];
  }

  variableStates(): VariableState[] {
    return this.states;
  }

  getVariables(): TypedVariableModel[] {
    return this.states.flatMap((state, i) => toTypedModel(state, i) ?? []);
  }

  replace(
    target?: string,
    scopedVars?: ScopedVars,
    format?: Parameters<TemplateSrv['replace']>[2],
    interpolations?: VariableInterpolation[]
  ): string {
    return interpolate(target, makeLookup(this.states, this.scope, scopedVars), format, interpolations);
  }

  /** True when the target names a known variable or built-in, as Grafana's containsTemplate. */
  containsTemplate(target?: string): boolean {
    if (!containsVariable(target)) {
      return false;
    }
    const lookup = makeLookup(this.states, this.scope);
    const names = [...(target ?? '').matchAll(new RegExp(VARIABLE_REGEX.source, 'g'))].map((m) => m[1] ?? m[2] ?? m[4]);
    return names.some((name) => name !== undefined && lookup(name) !== undefined);
  }

  updateTimeRange(timeRange: TimeRange): void {
    this.scope = { uid: '', title: '', timezone: 'utc', ...this.scope, range: timeRange };
  }

  getTimeRange(): TimeRange | undefined {
    return this.scope?.range;
  }
}

/** The one instance the host sets as Grafana's TemplateSrv; the dashboard renderer fills it. */
export const hostTemplateSrv = new HostTemplateSrv();
