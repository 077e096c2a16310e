import { type DataFrame, type Field } from '@grafana/data';

/** One annotation as a panel reads it, whatever annotation query sent it. */
export interface PanelAnnotation {
  /** Epoch ms. */
  time: number;
  /** Epoch ms of a region's end; null for a point or an open region. */
  timeEnd: number | null;
  title: string;
  text: string;
  tags: string[];
  color?: string;
}

function instant(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (value instanceof Date) {
    return Number.isFinite(value.getTime()) ? value.getTime() : null;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = /^-?\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

// Grafana sends tags as a list per row; some sources send them comma-separated.
function tagList(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value
      .filter((t): t is string => typeof t === 'string')
      .map((t) => t.trim())
      .filter((t) => t !== '');
  }
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
  }
  return [];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The annotations of Grafana's annotation frames (PanelData `annotations`); rows without a time are left out. */
export function annotationsFromFrames(frames: DataFrame[] | undefined): PanelAnnotation[] {
  const annotations: PanelAnnotation[] = [];
  for (const frame of frames ?? []) {
    const field = (name: string): Field | undefined => frame.fields.find((f) => f.name === name);
    const [time, timeEnd, title, body, tags, color] = ['time', 'timeEnd', 'title', 'text', 'tags', 'color'].map(field);
    if (!time) {
      continue;
    }
    for (let row = 0; row < frame.length; row++) {
      const at = instant(time.values[row]);
      if (at === null) {
        continue;
      }
      const end = instant(timeEnd?.values[row]);
      const shade = color?.values[row];
      annotations.push({
        time: at,
        timeEnd: end,
        title: text(title?.values[row]),
        text: text(body?.values[row]),
        tags: tagList(tags?.values[row]),
        ...(typeof shade === 'string' && shade !== '' ? { color: shade } : {}),
      });
    }
  }
  return annotations;
}
