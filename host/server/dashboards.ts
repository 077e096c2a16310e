// Provisioned dashboard JSON files, served like Grafana's /api/search and /api/dashboards/uid/<uid>.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

export interface ProvisionedDashboard {
  uid: string;
  title: string;
  tags: string[];
  file: string;
  json: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readDashboard(file: string): ProvisionedDashboard {
  const json: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!isRecord(json) || typeof json.uid !== 'string' || json.uid === '') {
    throw new Error(`${file}: a provisioned dashboard needs a "uid"`);
  }
  const tags = Array.isArray(json.tags) ? json.tags.filter((t): t is string => typeof t === 'string') : [];
  const title = typeof json.title === 'string' ? json.title : json.uid;
  return { uid: json.uid, title, tags, file, json };
}

/** Every *.json of the directories, in directory then file order; a uid seen twice is an error, as in Grafana. */
export function loadDashboards(dirs: string[]): ProvisionedDashboard[] {
  const all = dirs
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => readDashboard(path.join(dir, f)))
    );
  for (const [i, dashboard] of all.entries()) {
    const first = all.findIndex((d) => d.uid === dashboard.uid);
    if (first !== i) {
      throw new Error(`dashboard uid "${dashboard.uid}" is used by both ${all[first]?.file} and ${dashboard.file}`);
    }
  }
  return all;
}

/** GET /api/search (type=dash-db, optional query) and GET /api/dashboards/uid/:uid, read from disk on each request. */
export function registerDashboardRoutes(app: FastifyInstance, dirs: string[]): void {
  app.get<{ Querystring: { type?: string; query?: string } }>('/api/search', (req) => {
    if (req.query.type && req.query.type !== 'dash-db') {
      return [];
    }
    const needle = (req.query.query ?? '').toLowerCase();
    return loadDashboards(dirs)
      .filter((d) => d.title.toLowerCase().includes(needle))
      .map((d) => ({ uid: d.uid, title: d.title, tags: d.tags, type: 'dash-db', url: `/d/${d.uid}` }));
  });
  app.get<{ Params: { uid: string } }>('/api/dashboards/uid/:uid', (req, reply) => {
    const found = loadDashboards(dirs).find((d) => d.uid === req.params.uid);
    if (!found) {
      return reply.code(404).send({ message: 'Dashboard not found' });
    }
    const meta = {
      type: 'db',
      slug: found.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      url: `/d/${found.uid}`,
      provisioned: true,
      provisionedExternalId: path.basename(found.file),
      canSave: false,
      canEdit: true,
    };
    return { dashboard: { ...found.json, id: null }, meta };
  });
}
