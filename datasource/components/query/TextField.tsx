import { useState } from 'react';
import { InlineField, Input } from '@grafana/ui';
import { testIds } from '../../../app/testIds';

interface Props {
  name: string;
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  tooltip?: string;
  width?: number;
  /** Why the text will be rejected; shown under the field, and the value is not committed. */
  problem?: (text: string) => string | undefined;
}

/** Text that takes effect on blur or Enter, so a query does not run on every keystroke. */
export function TextField(props: Props) {
  // A new value from outside starts a fresh edit.
  return <EditedText key={props.value} {...props} />;
}

function EditedText({ name, label, value, onCommit, placeholder, tooltip, width = 20, problem }: Props) {
  const [text, setText] = useState(value);
  const error = problem?.(text);
  const commit = () => {
    if (error === undefined && text.trim() !== value) {
      onCommit(text.trim());
    }
  };
  return (
    <InlineField label={label} labelWidth={14} tooltip={tooltip} invalid={error !== undefined} error={error}>
      <Input
        data-testid={testIds.datasource.text(name)}
        width={width}
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </InlineField>
  );
}
