import { type DisplayProcessor, type Field, getDisplayProcessor, type GrafanaTheme2 } from '@grafana/data';

/**
 * Display processors of the value field (its decimals, value mappings, thresholds colours), one per unit:
 * a row's own unit (the `unit` field) wins over the field's, since a scorecard mixes units.
 */
export function displayProcessors(theme: GrafanaTheme2, timeZone: string) {
  const cache = new Map<Field, Map<string, DisplayProcessor>>();
  return (field: Field, unit: string): DisplayProcessor => {
    const byUnit = cache.get(field) ?? new Map<string, DisplayProcessor>();
    cache.set(field, byUnit);
    let processor = byUnit.get(unit);
    if (!processor) {
      const own = (field.config.unit || 'none') === unit;
      processor =
        own && field.display
          ? field.display
          : getDisplayProcessor({ field: { ...field, config: { ...field.config, unit } }, theme, timeZone });
      byUnit.set(unit, processor);
    }
    return processor;
  };
}
