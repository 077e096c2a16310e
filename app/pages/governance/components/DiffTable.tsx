import { useMemo } from 'react';
import { type Column, InteractiveTable, Text } from '@grafana/ui';
import { type Proposal } from '../../../../core/app-api';
import { type DiffRow, diffRows } from '../data/diffRows';

const columns: Array<Column<DiffRow>> = [
  { id: 'path', header: 'Field', cell: ({ row }) => <code>{row.original.path}</code> },
  { id: 'before', header: 'Before' },
  { id: 'after', header: 'After' },
];

/** The fields a proposal changes against the version in force. */
export function DiffTable({ proposal, testId }: { proposal: Proposal; testId: string }) {
  const rows = useMemo(() => diffRows(proposal.changes), [proposal.changes]);
  if (proposal.against === null) {
    return (
      <div data-testid={testId}>
        <Text color="secondary">New: no version in force yet, so the whole document is proposed.</Text>
      </div>
    );
  }
  return (
    <div data-testid={testId}>
      {rows.length === 0 ? (
        <Text color="secondary">No field differs from v{proposal.against}.</Text>
      ) : (
        <InteractiveTable columns={columns} data={rows} getRowId={(r) => r.id} />
      )}
    </div>
  );
}
