import { type PerspectiveOption } from '../options';
import { normalizeName, perspectiveIndex } from './perspectives';
import { type InputRow } from './rows';

export interface ObjectiveGroup {
  key: string;
  id: string;
  name: string;
  weight: number | null;
  rows: InputRow[];
  causes: string[];
}

export interface PerspectiveGroup {
  key: string;
  id: string;
  name: string;
  weight: number | null;
  objectives: ObjectiveGroup[];
}

function objectiveOf(group: PerspectiveGroup, row: InputRow): ObjectiveGroup {
  const id = row.objectiveId ?? row.objective;
  const key = `${group.key}/${normalizeName(id) || id}`;
  let objective = group.objectives.find((o) => o.key === key);
  if (!objective) {
    objective = { key, id, name: row.objective, weight: row.objectiveWeight, rows: [], causes: [] };
    group.objectives.push(objective);
  }
  objective.rows.push(row);
  objective.causes.push(...row.causes.filter((c) => !objective?.causes.includes(c)));
  return objective;
}

/**
 * Rows grouped into perspectives (the configured ones in their order, then others in order of appearance)
 * and objectives (by id where given, else by name, in order of appearance). Configured perspectives without
 * rows are left out. A configured weight wins over the data's.
 */
export function groupRows(rows: InputRow[], options: PerspectiveOption[]): PerspectiveGroup[] {
  const configured = new Map<number, PerspectiveGroup>();
  const others = new Map<string, PerspectiveGroup>();
  for (const row of rows) {
    const index = perspectiveIndex(options, row.perspective, row.perspectiveId);
    const option = options[index];
    let group: PerspectiveGroup | undefined;
    if (option) {
      group = configured.get(index);
      if (!group) {
        const weight = option.weight ?? row.perspectiveWeight;
        group = { key: option.id, id: option.id, name: option.name, weight, objectives: [] };
        configured.set(index, group);
      }
    } else {
      const id = row.perspectiveId ?? row.perspective;
      const key = normalizeName(id) || id;
      group = others.get(key) ?? { key, id, name: row.perspective, weight: row.perspectiveWeight, objectives: [] };
      others.set(key, group);
    }
    objectiveOf(group, row);
  }
  const ordered = [...configured.entries()].sort(([a], [b]) => a - b).map(([, g]) => g);
  return [...ordered, ...others.values()];
}
