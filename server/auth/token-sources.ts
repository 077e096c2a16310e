import { readFile } from 'node:fs/promises';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { errorMessage } from '../error-message';
import { CREDENTIAL_KINDS, isCredentialKind } from './identity';
import { isRole, ROLES } from './roles';
import { TokenConfigError, TokenEntry, TokenSet } from './token-set';

export const TOKENS_ENV = 'SCORECARD_TOKENS';

const ROLE_LIST = ROLES.join(', ');
const KIND_LIST = CREDENTIAL_KINDS.join(', ');

const tokenListSchema = z
  .object({
    tokens: z.array(
      z
        .object({ role: z.string(), token: z.string(), name: z.string().optional(), kind: z.string().optional() })
        .strict()
    ),
  })
  .strict();
const tokenMapSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

interface Who {
  name?: string;
  kind?: string;
}

/** A bare role's token is a service named after the role; a named one a person unless `kind` says otherwise. */
function entry(role: string, token: string, origin: string, who: Who = {}): TokenEntry {
  if (!isRole(role)) {
    throw new TokenConfigError(`${origin}: unknown role "${role}" (roles: ${ROLE_LIST})`);
  }
  if (who.kind !== undefined && !isCredentialKind(who.kind)) {
    throw new TokenConfigError(`${origin}: unknown kind "${who.kind}" (kinds: ${KIND_LIST})`);
  }
  const kind = who.kind ?? (who.name === undefined ? 'service' : 'person');
  if (kind === 'person' && who.name === undefined) {
    throw new TokenConfigError(`${origin}: a person's token needs a name`);
  }
  const name = who.name ?? (kind === 'grafana' ? 'grafana' : role);
  return { role, token, origin, name, kind };
}

/** `role`, `name:role` (a person) or `name:role:kind`, the left side of an environment entry. */
function envWho(left: string, where: string): { role: string } & Who {
  const parts = left.split(':').map((p) => p.trim());
  const [first = '', second, third] = parts;
  if (parts.length > 3 || parts.some((p) => p === '')) {
    throw new TokenConfigError(`${where}: expected role=token, name:role=token or name:role:kind=token`);
  }
  if (second === undefined) {
    return { role: first };
  }
  return { name: first, role: second, ...(third === undefined ? {} : { kind: third }) };
}

/** Parses `admin=<token>,alice:editor=<token>,grafana:approver:grafana=<token>,…`; errors never echo a token. */
export function parseTokensEnv(value: string, origin = TOKENS_ENV): TokenEntry[] {
  const parts = value.split(',').map((part) => part.trim());
  return parts.flatMap((part, index) => {
    if (part === '') {
      return [];
    }
    const where = `${origin} entry ${index + 1}`;
    const eq = part.indexOf('=');
    if (eq < 0) {
      throw new TokenConfigError(
        `${where} has no "=": expected role=token or name:role[:kind]=token, e.g. admin=<token>`
      );
    }
    const { role, ...who } = envWho(part.slice(0, eq), where);
    return [entry(role, part.slice(eq + 1).trim(), where, who)];
  });
}

/** Parses a JSON/YAML tokens file: `{tokens: [{role, token, name?, kind?}, …]}` or `{admin: <token>, viewer: [<token>, …]}`. */
export function parseTokensFile(text: string, path: string): TokenEntry[] {
  const data = parseDocument(text, path);
  const shapeError = new TokenConfigError(
    `tokens file ${path} must be {tokens: [{role, token, name?, kind?}]} or a map of role to token(s) (roles: ${ROLE_LIST})`
  );
  if (typeof data === 'object' && data !== null && 'tokens' in data) {
    const list = tokenListSchema.safeParse(data);
    if (!list.success) {
      throw shapeError;
    }
    return list.data.tokens.map((t, i) =>
      entry(t.role, t.token, `tokens file ${path} tokens[${i}]`, {
        ...(t.name === undefined ? {} : { name: t.name }),
        ...(t.kind === undefined ? {} : { kind: t.kind }),
      })
    );
  }
  const map = tokenMapSchema.safeParse(data);
  if (!map.success) {
    throw shapeError;
  }
  return Object.entries(map.data).flatMap(([role, tokens]) =>
    (Array.isArray(tokens) ? tokens : [tokens]).map((token) => entry(role, token, `tokens file ${path} ${role}`))
  );
}

function parseDocument(text: string, path: string): unknown {
  try {
    return parseYaml(text);
  } catch (err) {
    // the parser's message quotes the offending line, which may hold a token
    const where = err instanceof YAMLParseError && err.linePos ? ` at line ${err.linePos[0].line}` : '';
    throw new TokenConfigError(`tokens file ${path} is not valid JSON or YAML${where}`);
  }
}

export async function readTokensFile(path: string): Promise<TokenEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new TokenConfigError(`cannot read tokens file ${path}: ${errorMessage(err)}`);
  }
  return parseTokensFile(text, path);
}

export interface TokenSources {
  /** Value of SCORECARD_TOKENS, if set. */
  env?: string;
  /** Paths of JSON/YAML tokens files. */
  files?: readonly string[];
}

/** Collects tokens from the environment and files; an empty set means none is configured. */
export async function loadTokens(sources: TokenSources): Promise<TokenSet> {
  const entries = sources.env === undefined ? [] : parseTokensEnv(sources.env);
  for (const file of sources.files ?? []) {
    entries.push(...(await readTokensFile(file)));
  }
  return new TokenSet(entries);
}
