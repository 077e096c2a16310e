// Reads Grafana datasource provisioning files (apiVersion 1) and expands $VAR / ${VAR} from the environment.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface ProvisionedDatasource {
  name: string;
  type: string;
  uid: string;
  access: 'proxy' | 'direct';
  url?: string;
  isDefault: boolean;
  jsonData: Record<string, unknown>;
  secureJsonData: Record<string, string>;
}

type Env = Record<string, string | undefined>;

// As Grafana: $$ is a literal $, unset variables expand to ''.
export function expandEnv(text: string, env: Env): string {
  return text.replace(/\$\$|\$\{(\w+)\}|\$(\w+)/g, (match, braced?: string, bare?: string) =>
    match === '$$' ? '$' : (env[braced ?? bare ?? ''] ?? '')
  );
}

export function expandAll(value: unknown, env: Env): unknown {
  if (typeof value === 'string') {
    return expandEnv(value, env);
  }
  if (Array.isArray(value)) {
    return value.map((v) => expandAll(v, env));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandAll(v, env)]));
  }
  return value;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function toDatasource(raw: unknown, where: string): ProvisionedDatasource {
  if (!isRecord(raw)) {
    throw new Error(`${where}: a datasource entry must be a mapping`);
  }
  const name = str(raw.name);
  const type = str(raw.type);
  if (!name || !type) {
    throw new Error(`${where}: datasource needs "name" and "type"`);
  }
  const secure = isRecord(raw.secureJsonData) ? raw.secureJsonData : {};
  return {
    name,
    type,
    uid: str(raw.uid) ?? name.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    access: raw.access === 'direct' ? 'direct' : 'proxy',
    url: str(raw.url),
    isDefault: raw.isDefault === true,
    jsonData: isRecord(raw.jsonData) ? raw.jsonData : {},
    secureJsonData: Object.fromEntries(Object.entries(secure).map(([k, v]) => [k, String(v)])),
  };
}

/** Every datasource in <provisioningDir>/datasources/*.yaml, in file order. */
export function loadDatasources(provisioningDir: string, env: Env): ProvisionedDatasource[] {
  const dir = path.join(provisioningDir, 'datasources');
  if (!fs.existsSync(dir)) {
    return [];
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  return files.flatMap((file) => {
    const where = path.join(dir, file);
    const doc = expandAll(parse(fs.readFileSync(where, 'utf8')), env);
    if (!isRecord(doc) || doc.apiVersion !== 1) {
      throw new Error(`${where}: expected Grafana provisioning with apiVersion: 1`);
    }
    const list = Array.isArray(doc.datasources) ? doc.datasources : [];
    return list.map((raw, i) => toDatasource(raw, `${where} datasources[${i}]`));
  });
}
