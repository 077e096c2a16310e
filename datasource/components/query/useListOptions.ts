import { useEffect, useMemo, useState } from 'react';
import { getTemplateSrv } from '@grafana/runtime';
import { type ComboboxOption } from '@grafana/ui';
import { type KpiDataSource } from '../../datasource';
import { variableOptions } from '../../data/options';
import { type VariableList } from '../../types';

interface ListState {
  options: Array<ComboboxOption<string>>;
  loading: boolean;
  error?: string;
}

/** A list from the KPI server for a picker, after the dashboard's template variables. */
export function useListOptions(datasource: KpiDataSource, list: VariableList): ListState {
  const [state, setState] = useState<ListState>({ options: [], loading: true });
  useEffect(() => {
    let live = true;
    datasource.listOptions(list).then(
      (options) => live && setState({ options, loading: false }),
      (err: unknown) =>
        live && setState({ options: [], loading: false, error: err instanceof Error ? err.message : String(err) })
    );
    return () => {
      live = false;
    };
  }, [datasource, list]);
  const options = useMemo(() => [...variableOptions(getTemplateSrv()), ...state.options], [state.options]);
  return { ...state, options };
}
