export { ROLES, isRole, roleAtLeast, roleRank, type Role } from './roles';
export { TokenSet, TokenConfigError, MIN_TOKEN_LENGTH, type Credential, type TokenEntry } from './token-set';
export {
  CREDENTIAL_KINDS,
  identityKey,
  identityProblem,
  isCredentialKind,
  sameIdentity,
  type CredentialKind,
} from './identity';
export {
  loadTokens,
  parseTokensEnv,
  parseTokensFile,
  readTokensFile,
  TOKENS_ENV,
  type TokenSources,
} from './token-sources';
export { installBearerAuth, requireRole, bearerToken, type AuthContext } from './bearer';
