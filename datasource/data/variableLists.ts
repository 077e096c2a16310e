import { VARIABLE_LISTS, type VariableList } from '../types';

export const isVariableList = (v: string): v is VariableList => VARIABLE_LISTS.some((name) => name === v);

/** What each list of the variable query offers, for the variable editor. */
export const VARIABLE_LIST_OPTIONS: Array<{ value: VariableList; label: string; description: string }> = [
  { value: 'kpis', label: 'KPIs', description: 'KPI ids, shown by name' },
  { value: 'scorecards', label: 'Scorecards', description: 'Scorecard ids, shown by name' },
  { value: 'journeys', label: 'Journeys', description: 'Customer journey ids, shown by name' },
  { value: 'segments', label: 'Segments', description: 'Customer segments found in the events' },
  { value: 'perspectives', label: 'Perspectives', description: 'The four Balanced Scorecard perspectives' },
  { value: 'channels', label: 'Channels', description: 'Channels found in the events' },
  { value: 'regions', label: 'Regions', description: 'Regions found in the events' },
];
