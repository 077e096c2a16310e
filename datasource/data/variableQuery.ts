import { VARIABLE_LISTS, type KpiVariableQuery, type SavedVariableQuery } from '../types';
import { QueryModelError } from './queryError';
import { isVariableList } from './variableLists';

/** A list name as a variable query; throws naming the lists there are. */
export function variableQueryFor(name: string, refId = 'variable'): KpiVariableQuery {
  const variable = name.trim().toLowerCase();
  if (!isVariableList(variable)) {
    throw new QueryModelError(
      `"${name}" is not a list the KPI datasource offers: use one of ${VARIABLE_LISTS.join(', ')}`
    );
  }
  return { refId, queryType: 'variables', variable };
}

/** The list a variable's saved query names: ours, a bare list name, or {query: name} as older dashboards keep it. */
export function savedListName(saved: SavedVariableQuery | string | undefined): string {
  if (typeof saved === 'string' || saved === undefined) {
    return saved ?? '';
  }
  return saved.variable || saved.query || '';
}

export function toVariableQuery(saved: SavedVariableQuery | string): KpiVariableQuery {
  const refId = typeof saved === 'object' && saved.refId ? saved.refId : 'variable';
  return variableQueryFor(savedListName(saved), refId);
}
