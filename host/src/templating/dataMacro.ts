// Grafana's data-link macro ${__data.…} (its macroRegistry's dataMacro) over the __dataContext that getLinksSupplier scopes.
import { getFieldDisplayValuesProxy, type ScopedVars } from '@grafana/data';

/** What ${__data.name}, ${__data.refId} and ${__data.fields.<name>} read; undefined outside a link's row. */
export function dataMacroValue(scopedVars: ScopedVars | undefined): unknown {
  const context = scopedVars?.__dataContext?.value;
  if (!context || context.rowIndex === undefined) {
    return undefined;
  }
  const { frame, rowIndex } = context;
  return { name: frame.name, refId: frame.refId, fields: getFieldDisplayValuesProxy({ frame, rowIndex }) };
}
