// A TemplateSrv without dashboard variables: interpolates scoped variables ($x, ${x}, [[x]]) only.
import type { ScopedVars, TimeRange, TypedVariableModel } from '@grafana/data';
import type { TemplateSrv } from '@grafana/runtime';

const VARIABLE = /\$(\w+)|\$\{(\w+)(?::\w+)?\}|\[\[(\w+)\]\]/g;

export class HostTemplateSrv implements TemplateSrv {
  private timeRange: TimeRange | undefined;

  getVariables(): TypedVariableModel[] {
    return [];
  }

  replace(target?: string, scopedVars?: ScopedVars): string {
    return (target ?? '').replace(VARIABLE, (match: string, a?: string, b?: string, c?: string) => {
      const name = a ?? b ?? c ?? '';
      const scoped = scopedVars?.[name];
      return scoped ? String(scoped.value) : match;
    });
  }

  containsTemplate(target?: string): boolean {
    return new RegExp(VARIABLE.source).test(target ?? '');
  }

  updateTimeRange(timeRange: TimeRange): void {
    this.timeRange = timeRange;
  }

  getTimeRange(): TimeRange | undefined {
    return this.timeRange;
  }
}
