import { type ReactNode } from 'react';
import { Alert, Card, LoadingPlaceholder } from '@grafana/ui';
import { overviewTestIds } from '../testIds';
import { type Load } from '../../../components/useLoad';

interface Props<T> {
  id: string;
  title: string;
  state: Load<T>;
  children: (value: T) => ReactNode;
}

/** One Overview card: a placeholder while loading, the server's message when its call failed, else the content. */
export function Section<T>({ id, title, state, children }: Props<T>) {
  return (
    <Card data-testid={overviewTestIds.section(id)}>
      <Card.Heading>{title}</Card.Heading>
      <Card.Description>
        {state.state === 'loading' && <LoadingPlaceholder text={`Loading ${title.toLowerCase()}…`} />}
        {state.state === 'error' && (
          <Alert
            severity="error"
            title={`Could not load ${title.toLowerCase()}`}
            data-testid={overviewTestIds.sectionError(id)}
          >
            {state.error}
          </Alert>
        )}
        {state.state === 'done' && children(state.value)}
      </Card.Description>
    </Card>
  );
}
