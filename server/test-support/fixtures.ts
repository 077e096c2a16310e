import { TokenSet } from '../auth/token-set';
import { Store } from '../store/store';

export const ADMIN_TOKEN = 'admin-token-for-tests-0001';
export const VIEWER_TOKEN = 'viewer-token-for-tests-0001';
export const EDITOR_TOKEN = 'editor-token-for-tests-0001';
export const APPROVER_TOKEN = 'approver-token-for-tests-0001';

export function testTokens(): TokenSet {
  return new TokenSet([
    { role: 'admin', token: ADMIN_TOKEN, origin: 'test' },
    { role: 'viewer', token: VIEWER_TOKEN, origin: 'test' },
    { role: 'editor', token: EDITOR_TOKEN, origin: 'test' },
    { role: 'approver', token: APPROVER_TOKEN, origin: 'test' },
  ]);
}

/** The same store, except that ping fails as an unreachable database would. */
export function unreachable(store: Store): Store {
  return {
    kind: store.kind,
    location: store.location,
    sql: store.sql,
    migrate: () => store.migrate(),
    schemaVersion: () => store.schemaVersion(),
    installId: () => store.installId(),
    ping: () => Promise.reject(new Error('connection refused')),
    close: () => store.close(),
  };
}

export function collectingStream(): { lines: string[]; write(line: string): void } {
  const lines: string[] = [];
  return { lines, write: (line: string) => void lines.push(line) };
}
