import { APP_BASE } from '../../../constants';

/** The KPI's own page in the app. */
export const kpiHref = (id: string) => `${APP_BASE}/catalog/${encodeURIComponent(id)}`;
export const catalogHref = `${APP_BASE}/catalog`;
