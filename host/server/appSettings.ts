// App plugin settings as Grafana keeps them: provisioned from plugins/*.yaml, changed by POST, secrets never answered.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expandAll, isRecord } from './provisioning';

export interface AppSettings {
  enabled: boolean;
  pinned: boolean;
  jsonData: Record<string, unknown>;
  secureJsonData: Record<string, string>;
}

export const EMPTY_SETTINGS: AppSettings = { enabled: true, pinned: true, jsonData: {}, secureJsonData: {} };

const strings = (value: unknown): Record<string, string> =>
  isRecord(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)])) : {};

/** Every `apps:` entry of <provisioningDir>/plugins/*.yaml by its type (the app id), `$VAR` expanded from env. */
export function loadAppSettings(provisioningDir: string, env: Record<string, string | undefined>) {
  const dir = path.join(provisioningDir, 'plugins');
  const found = new Map<string, AppSettings>();
  if (!fs.existsSync(dir)) {
    return found;
  }
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const where = path.join(dir, file);
    const doc = expandAll(parse(fs.readFileSync(where, 'utf8')), env);
    if (!isRecord(doc) || doc.apiVersion !== 1) {
      throw new Error(`${where}: expected Grafana provisioning with apiVersion: 1`);
    }
    (Array.isArray(doc.apps) ? doc.apps : []).forEach((raw: unknown, i) => {
      if (!isRecord(raw) || typeof raw.type !== 'string') {
        throw new Error(`${where} apps[${i}]: an app entry needs "type"`);
      }
      found.set(raw.type, {
        enabled: raw.disabled !== true,
        pinned: true,
        jsonData: isRecord(raw.jsonData) ? raw.jsonData : {},
        secureJsonData: strings(raw.secureJsonData),
      });
    });
  }
  return found;
}

/** What GET /api/plugins/<id>/settings answers: the plugin's meta, its settings, and only the names of set secrets. */
export function publicSettings(meta: Record<string, unknown>, settings: AppSettings) {
  const secureJsonFields = Object.fromEntries(
    Object.entries(settings.secureJsonData)
      .filter(([, v]) => v !== '')
      .map(([k]) => [k, true])
  );
  return { ...meta, enabled: settings.enabled, pinned: settings.pinned, jsonData: settings.jsonData, secureJsonFields };
}

/**
 * A POST's new settings: jsonData replaced, secrets merged; an empty secret keeps the one set unless
 * `secureJsonFields[name]` is false (the form's reset), which removes it.
 */
export function updatedSettings(current: AppSettings, body: unknown): AppSettings {
  const patch = isRecord(body) ? body : {};
  const secure = { ...current.secureJsonData };
  const fields = isRecord(patch.secureJsonFields) ? patch.secureJsonFields : {};
  for (const [name, set] of Object.entries(fields)) {
    if (set === false) {
      delete secure[name];
    }
  }
  for (const [name, value] of Object.entries(strings(patch.secureJsonData))) {
    if (value !== '') {
      secure[name] = value;
    }
  }
  return {
    enabled: typeof patch.enabled === 'boolean' ? patch.enabled : current.enabled,
    pinned: typeof patch.pinned === 'boolean' ? patch.pinned : current.pinned,
    jsonData: isRecord(patch.jsonData) ? patch.jsonData : current.jsonData,
    secureJsonData: secure,
  };
}
