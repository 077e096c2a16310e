import { Stack, Text } from '@grafana/ui';
import { type AuditView } from '../data/audit';
import { overviewTestIds } from '../testIds';

export function AuditSection({ audit }: { audit: AuditView }) {
  return (
    <Stack direction="column" gap={0.5} data-testid={overviewTestIds.audit}>
      {audit.ok ? (
        <>
          <Text color="success" weight="medium">{`Intact: ${audit.entries} entries verified`}</Text>
          {audit.head !== null && <Text color="secondary">{`Chain head ${audit.head}`}</Text>}
        </>
      ) : (
        <>
          <Text
            color="error"
            weight="medium"
          >{`Broken: the audit log cannot be trusted (${audit.entries} entries read)`}</Text>
          {audit.problems.map((p) => (
            <Text key={p} color="error">
              {p}
            </Text>
          ))}
        </>
      )}
    </Stack>
  );
}
