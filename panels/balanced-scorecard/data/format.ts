import { type DisplayProcessor, type Field, getDisplayProcessor, type GrafanaTheme2 } from '@grafana/data';

/**
 * Display processors of the value field (its decimals, value mappings, thresholds colours), one per unit:
 * a row's own unit (the `unit` field) wins over the field's, since a scorecard mixes units.
 */
export function displayProcessors(theme: GrafanaTheme2, timeZone: string) {
  const cache = new Map<Field, Map<string, DisplayProcessor>>();
  return (field: Field, unit: string | null): DisplayProcessor => {
    const byUnit = cache.get(field) ?? new Map<string, DisplayProcessor>();
    cache.set(field, byUnit);
    const key = unit ?? '';
    let processor = byUnit.get(key);
    if (!processor) {
      const config = unit === null ? field.config : { ...field.config, unit };
      processor =
        unit === null && field.display
          ? field.display
          : getDisplayProcessor({ field: { ...field, config }, theme, timeZone });
      byUnit.set(key, processor);
    }
    return processor;
  };
}
