import { type ReactNode } from 'react';
import { Stack, Text } from '@grafana/ui';

/** One titled part of the results view. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Stack direction="column" gap={1}>
        <Text element="h3">{title}</Text>
        {children}
      </Stack>
    </section>
  );
}
