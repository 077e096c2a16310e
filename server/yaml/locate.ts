import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, Pair } from 'yaml';
import { Path } from '../../core/validate';

/** Whether a problem is about a mapping key itself (an unknown field) or about the value under it. */
export type Target = 'key' | 'value';

const start = (node: unknown): number | undefined =>
  isScalar(node) || isMap(node) || isSeq(node) || isAlias(node) ? node.range?.[0] : undefined;

// `name:` with nothing after it: pointing at the key reads better than at the end of the line.
const isBlank = (node: unknown) => isScalar(node) && node.value === null && node.source === '';

function child(node: unknown, segment: string | number): { pair?: Pair; node: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
    return pair === undefined ? undefined : { pair, node: pair.value };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item: unknown = node.items[segment];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

/**
 * The offset in the file of the node at `path`; where the path leaves the document, the deepest node that exists
 * (the key of its pair when it has one).
 */
export function locateOffset(doc: Document.Parsed, path: Path, target: Target = 'value'): number {
  let node: unknown = doc.contents;
  let fallback = start(node) ?? doc.range[0];
  for (const [i, segment] of path.entries()) {
    const parent = isAlias(node) ? node.resolve(doc) : node;
    const next = child(parent, segment);
    if (next === undefined) {
      return fallback;
    }
    const keyOffset = start(next.pair?.key);
    if (i === path.length - 1 && target === 'key' && keyOffset !== undefined) {
      return keyOffset;
    }
    node = next.node;
    fallback = keyOffset ?? start(node) ?? fallback;
  }
  return isBlank(node) ? fallback : (start(node) ?? fallback);
}

export function locate(doc: Document.Parsed, lineCounter: LineCounter, path: Path, target: Target = 'value') {
  return lineCounter.linePos(locateOffset(doc, path, target));
}
