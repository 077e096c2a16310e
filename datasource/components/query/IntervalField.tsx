import { intervalProblem } from '../../data/editorModel';
import { TextField } from './TextField';

interface Props {
  label: string;
  /** What the buckets are for, in the tooltip. */
  of: string;
  value: string | undefined;
  onCommit: (interval: string) => void;
}

/** A bucket width ('1h', '1d', '1w'); empty lets the panel's width and time range choose. */
export function IntervalField({ label, of, value, onCommit }: Props) {
  return (
    <TextField
      name="interval"
      label={label}
      width={10}
      value={value ?? ''}
      placeholder="auto"
      tooltip={`Bucket width of ${of} such as 1h, 1d, 1w; empty: from the panel's width and time range`}
      problem={intervalProblem}
      onCommit={onCommit}
    />
  );
}
