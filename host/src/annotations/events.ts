// Grafana's standard annotation processing: data frames to events by field name (standardAnnotationSupport.ts).
import {
  type AnnotationEvent,
  type AnnotationEventMappings,
  AnnotationEventFieldSource,
  type DataFrame,
  type Field,
  FieldType,
  getFieldDisplayName,
} from '@grafana/data';

type EventKey = 'time' | 'timeEnd' | 'title' | 'text' | 'tags' | 'id';

interface EventField {
  key: EventKey;
  fallback?: (frame: DataFrame) => Field | undefined;
}

const EVENT_FIELDS: EventField[] = [
  { key: 'time', fallback: (frame) => frame.fields.find((f) => f.type === FieldType.time) },
  { key: 'timeEnd' },
  { key: 'title' },
  { key: 'text', fallback: (frame) => frame.fields.find((f) => f.type === FieldType.string) },
  { key: 'tags' },
  { key: 'id' },
];

type Source = { key: EventKey; field?: Field; text?: string };

function sources(frame: DataFrame, mappings: AnnotationEventMappings): Source[] {
  const byName = new Map(frame.fields.map((f) => [getFieldDisplayName(f, frame).toLowerCase(), f]));
  return EVENT_FIELDS.flatMap(({ key, fallback }): Source[] => {
    const mapping = mappings[key] ?? {};
    if (mapping.source === AnnotationEventFieldSource.Skip) {
      return [];
    }
    if (mapping.source === AnnotationEventFieldSource.Text) {
      return mapping.value ? [{ key, text: mapping.value }] : [];
    }
    const field = byName.get((mapping.value || key).toLowerCase()) ?? fallback?.(frame);
    return field ? [{ key, field }] : [];
  });
}

function assign(event: AnnotationEvent, key: EventKey, value: unknown): void {
  if (key === 'time' || key === 'timeEnd') {
    event[key] = typeof value === 'number' ? value : new Date(String(value)).valueOf();
  } else if (key === 'tags') {
    event.tags = Array.isArray(value) ? value.map(String) : String(value).split(',');
  } else {
    event[key] = String(value);
  }
}

/** Events of one frame; none when it has no time or no text source (Grafana logs and returns none). */
function frameEvents(frame: DataFrame, mappings: AnnotationEventMappings): AnnotationEvent[] {
  const found = sources(frame, mappings);
  if (!found.some((s) => s.key === 'time') || !found.some((s) => s.key === 'text')) {
    return [];
  }
  return Array.from({ length: frame.length }, (_, row) => {
    const event: AnnotationEvent = { type: 'default', color: 'red' };
    for (const { key, field, text } of found) {
      const value: unknown = text ?? field?.values[row];
      if (value !== null && value !== undefined) {
        assign(event, key, value);
      }
    }
    return event;
  });
}

export function eventsFromFrames(frames: DataFrame[], mappings: AnnotationEventMappings = {}): AnnotationEvent[] {
  return frames.flatMap((frame) => frameEvents(frame, mappings));
}

/** Grafana marks an event with an end different from its start as a region. */
export function withRegions(events: AnnotationEvent[]): AnnotationEvent[] {
  return events.map((e) => ({ ...e, isRegion: Boolean(e.timeEnd && e.time !== e.timeEnd) }));
}
