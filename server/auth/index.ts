export { ROLES, isRole, roleAtLeast, roleRank, type Role } from './roles';
export { TokenSet, TokenConfigError, MIN_TOKEN_LENGTH, type TokenEntry } from './token-set';
export {
  loadTokens,
  parseTokensEnv,
  parseTokensFile,
  readTokensFile,
  TOKENS_ENV,
  type TokenSources,
} from './token-sources';
export { installBearerAuth, requireRole, bearerToken, type AuthContext } from './bearer';
