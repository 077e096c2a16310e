import { type DataFrame, type Field, getFieldDisplayName } from '@grafana/data';
import { FIELD_ROLES, type FieldNames, type FieldRole, REQUIRED_ROLES } from '../options';

/** Fields the KPI datasource's scorecard frame adds to the panel's input, read by their fixed names. */
export const EXTRA_FIELDS = [
  'previous',
  'flags',
  'sample',
  'indicator',
  'description',
  'perspectiveId',
  'objectiveId',
] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

export type RoleFields = Partial<Record<FieldRole | ExtraField, Field>>;

/** A frame's field by name: exact, then ignoring case, then by display name ignoring case. */
export function findField(frame: DataFrame, name: string): Field | undefined {
  const wanted = name.trim().toLowerCase();
  if (wanted === '') {
    return undefined;
  }
  return (
    frame.fields.find((f) => f.name === name) ??
    frame.fields.find((f) => f.name.toLowerCase() === wanted) ??
    frame.fields.find((f) => getFieldDisplayName(f, frame).toLowerCase() === wanted)
  );
}

/** The frame's field per role, or null when it lacks one of the required roles (it is then no scorecard table). */
export function scorecardFields(frame: DataFrame, names: FieldNames): RoleFields | null {
  const found: RoleFields = {};
  // Required roles first: most frames (trend series) lack them, and are passed over at the first.
  for (const role of [...REQUIRED_ROLES, ...FIELD_ROLES]) {
    if (!(role in found)) {
      found[role] = findField(frame, names[role]);
      if (found[role] === undefined && REQUIRED_ROLES.includes(role)) {
        return null;
      }
    }
  }
  for (const extra of EXTRA_FIELDS) {
    found[extra] ??= findField(frame, extra);
  }
  return found;
}

/** Names of the required fields that no frame has, as configured. */
export function missingRequired(frames: DataFrame[], names: FieldNames): string[] {
  return REQUIRED_ROLES.filter((role) => !frames.some((frame) => findField(frame, names[role]))).map(
    (role) => names[role]
  );
}
