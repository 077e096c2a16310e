// GET and POST /api/plugins/<app id>/settings as Grafana answers them; the settings live in memory for the host's lifetime.
import type { FastifyInstance } from 'fastify';
import { type AppSettings, publicSettings, updatedSettings } from './appSettings';
import { hasRole, userFromCookies } from './user';

export interface SettingsStore {
  get: () => AppSettings;
  set: (next: AppSettings) => void;
}

export function settingsStore(initial: AppSettings): SettingsStore {
  let current = initial;
  return { get: () => current, set: (next) => (current = next) };
}

export function registerAppSettings(
  app: FastifyInstance,
  { appId, meta, store }: { appId: string; meta: Record<string, unknown>; store: SettingsStore }
) {
  const url = `/api/plugins/${appId}/settings`;
  app.get(url, () => publicSettings(meta, store.get()));
  app.post(url, (req, reply) => {
    // Grafana lets only organisation admins change plugin settings.
    if (!hasRole(userFromCookies(req.headers.cookie), 'Admin')) {
      return reply.code(403).send({ message: 'Permission denied' });
    }
    store.set(updatedSettings(store.get(), req.body));
    return { message: 'Plugin settings updated' };
  });
}
