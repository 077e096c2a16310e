import { InlineField, RadioButtonGroup, Stack } from '@grafana/ui';
import { testIds } from '../../../app/testIds';
import { asOfProblem, DEFINITION_OPTIONS, definitionKind, definitionOf, parseVersion } from '../../data/editorModel';
import { type DefinitionMode } from '../../types';
import { TextField } from './TextField';

interface Props {
  value: DefinitionMode | undefined;
  onChange: (value: DefinitionMode | undefined) => void;
}

const versionProblem = (text: string) => {
  const parsed = parseVersion(text);
  return 'error' in parsed ? parsed.error : undefined;
};

/** Which definition version computes the values (docs/architecture.md, Version in force and as-of). */
export function DefinitionField({ value, onChange }: Props) {
  const kind = definitionKind(value);
  return (
    <Stack gap={0} wrap="wrap">
      <InlineField
        label="Definition"
        labelWidth={14}
        tooltip="Which version of the KPI definition computes each point"
        data-testid={testIds.datasource.definition}
      >
        <RadioButtonGroup
          options={DEFINITION_OPTIONS}
          value={kind}
          onChange={(next) => onChange(definitionOf(next, value))}
        />
      </InlineField>
      {typeof value === 'object' && 'version' in value && (
        <TextField
          name="version"
          label="Version"
          width={8}
          value={String(value.version)}
          problem={versionProblem}
          onCommit={(text) => {
            const parsed = parseVersion(text);
            if ('version' in parsed) {
              onChange(parsed);
            }
          }}
        />
      )}
      {typeof value === 'object' && 'asOf' in value && (
        <TextField
          name="asOf"
          label="As of"
          width={28}
          value={value.asOf}
          placeholder="2026-01-31T00:00:00Z"
          tooltip="An ISO-8601 time, or a template variable"
          problem={asOfProblem}
          onCommit={(asOf) => onChange({ asOf })}
        />
      )}
    </Stack>
  );
}
