import { EmptyState, TextLink } from '@grafana/ui';
import { pathForPage } from '../data/route';
import { testIds } from '../testIds';

/** An app path that names no page: said plainly, with the way back. */
export function NotFoundPage({ path }: { path: string }) {
  return (
    <div data-testid={testIds.app.notFound}>
      <EmptyState variant="not-found" message="Page not found">
        No page of Scorecard Suite lives at {path}.{' '}
        <TextLink href={pathForPage('overview')}>Go to the overview</TextLink>
      </EmptyState>
    </div>
  );
}
