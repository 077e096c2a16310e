import { useEffect, useState } from 'react';
import { dateTimeFormat } from '@grafana/data';
import { Alert, Button, type Column, InteractiveTable, Stack, Text } from '@grafana/ui';
import { loadAudit } from '../api';
import { addAuditPage, type AuditPages, auditTarget, firstAuditPages } from '../data/audit';
import { explainError } from '../data/errors';
import { type AuditEntry } from '../data/schemas';
import { governanceTestIds as ids } from '../testIds';
import { AuditVerify } from './AuditVerify';

const columns: Array<Column<AuditEntry>> = [
  {
    id: 'seq',
    header: '#',
    cell: ({ row }) => <span data-testid={ids.auditRow(row.original.seq)}>{row.original.seq}</span>,
  },
  { id: 'at', header: 'Time', cell: ({ row }) => dateTimeFormat(row.original.at) },
  { id: 'actor', header: 'Actor' },
  { id: 'action', header: 'Action' },
  { id: 'kind', header: 'Resource', cell: ({ row }) => auditTarget(row.original) },
];

const detail = (e: AuditEntry) => <pre>{JSON.stringify(e.detail, null, 2)}</pre>;

/** GET /api/v1/audit, newest first, 50 at a time back to the first entry; each row expands to its detail. */
export function AuditLog() {
  const [pages, setPages] = useState<AuditPages>(firstAuditPages);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string>();
  const settle = (from: AuditPages) => (load: Promise<AuditEntry[]>) =>
    load
      .then(
        (page) => setPages(addAuditPage(from, page)),
        (err: unknown) => setError(explainError(err))
      )
      .finally(() => setBusy(false));
  const more = (from: AuditPages) => {
    setBusy(true);
    settle(from)(loadAudit(from.before));
  };
  useEffect(() => {
    settle(firstAuditPages)(loadAudit(undefined));
  }, []);
  return (
    <Stack direction="column" gap={2}>
      <AuditVerify />
      <div data-testid={ids.audit}>
        {error !== undefined && (
          <Alert severity="error" title="Could not load the audit log" data-testid={ids.loadError}>
            {error}
          </Alert>
        )}
        {pages.entries.length === 0 && !busy && error === undefined && (
          <Text color="secondary">The audit log is empty.</Text>
        )}
        {pages.entries.length > 0 && (
          <InteractiveTable
            columns={columns}
            data={pages.entries}
            getRowId={(e) => String(e.seq)}
            renderExpandedRow={detail}
          />
        )}
      </div>
      {!pages.done && (
        <div>
          <Button data-testid={ids.auditMore} variant="secondary" disabled={busy} onClick={() => more(pages)}>
            {busy ? 'Loading…' : `Load older (before #${pages.before ?? ''})`}
          </Button>
        </div>
      )}
    </Stack>
  );
}
