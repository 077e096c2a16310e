/** person/service: the token's name is the identity; grafana: Grafana's proxy token, which may assert X-Grafana-User. */
export const CREDENTIAL_KINDS = ['person', 'service', 'grafana'] as const;

export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export function isCredentialKind(value: string): value is CredentialKind {
  return (CREDENTIAL_KINDS as readonly string[]).includes(value);
}

export { MAX_IDENTITY_LENGTH, identityProblem, identityKey, sameIdentity } from '../../core/identity';
