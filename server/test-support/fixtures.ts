import { ROLES } from '../auth/roles';
import { TokenSet } from '../auth/token-set';
import { Store } from '../store/store';

export const ADMIN_TOKEN = 'admin-token-for-tests-0001';
export const VIEWER_TOKEN = 'viewer-token-for-tests-0001';
export const EDITOR_TOKEN = 'editor-token-for-tests-0001';
export const APPROVER_TOKEN = 'approver-token-for-tests-0001';
/** Grafana's proxy tokens, one per role: the only ones that may assert X-Grafana-User. */
export const GRAFANA_TOKENS = {
  viewer: 'grafana-viewer-token-for-tests-0001',
  editor: 'grafana-editor-token-for-tests-0001',
  approver: 'grafana-approver-token-for-tests-0001',
  admin: 'grafana-admin-token-for-tests-0001',
} as const;
/** A person (alice, approver) and a service (ci-bot, approver). */
export const ALICE_TOKEN = 'alice-approver-token-for-tests-0001';
export const CI_TOKEN = 'ci-bot-approver-token-for-tests-0001';

export function testTokens(): TokenSet {
  return new TokenSet([
    { role: 'admin', token: ADMIN_TOKEN, origin: 'test' },
    { role: 'viewer', token: VIEWER_TOKEN, origin: 'test' },
    { role: 'editor', token: EDITOR_TOKEN, origin: 'test' },
    { role: 'approver', token: APPROVER_TOKEN, origin: 'test' },
    ...ROLES.map((role) => ({
      role,
      token: GRAFANA_TOKENS[role],
      origin: 'test',
      name: 'grafana',
      kind: 'grafana' as const,
    })),
    { role: 'approver', token: ALICE_TOKEN, origin: 'test', name: 'alice', kind: 'person' },
    { role: 'approver', token: CI_TOKEN, origin: 'test', name: 'ci-bot', kind: 'service' },
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
