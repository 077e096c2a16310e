const WIDTH = 120;

const isPrimitive = (value: unknown) => value === null || typeof value !== 'object';

function render(value: unknown, indent: string, lead: number, last: boolean): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return '[]';
    }
    const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    if (value.every(isPrimitive) && lead + inline.length + (last ? 0 : 1) <= WIDTH) {
      return inline;
    }
    const items = value.map((v, i) => `${inner}${render(v, inner, inner.length, i === value.length - 1)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      return '{}';
    }
    const lines = entries.map(([key, v], i) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return `${head}${render(v, inner, head.length, i === entries.length - 1)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** JSON indented by two spaces, with short lists of scalars on one line: the layout Prettier gives (width 120). */
export function jsonText(value: unknown): string {
  return `${render(value, '', 0, true)}\n`;
}
